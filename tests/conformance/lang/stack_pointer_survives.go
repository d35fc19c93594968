package main

import "fmt"

type acc struct {
	n     int
	trail [4]int
}

// p points at main's local variables; they do not escape, so they live on main's stack, and
// the deep recursion moves that stack. Every write through p must land in the moved variable.
func walk(p *int, a *acc, n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		*p += 1000
		a.trail[0] = *p
		return *p
	}
	*p += 1
	a.n++
	a.trail[n%4] += n
	return walk(p, a, n-1) + pad[0]
}

func main() {
	x := 1
	var a acc
	p := &x
	r := walk(p, &a, 400)
	fmt.Println("x =", x, "*p =", *p, "r =", r, "same:", p == &x)
	fmt.Println("acc:", a.n, a.trail)
}
