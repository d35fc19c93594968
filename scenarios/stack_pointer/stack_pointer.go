package main

import "fmt"

// walk gets a pointer to main's local variable x. x does not escape (walk only reads and
// writes through p), so x lives in main's frame on the goroutine stack. The recursion makes
// the stack grow and move; copystack rewrites p in every frame so it still points at x.
func walk(p *int, n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		*p += 1000
		return *p
	}
	*p += 1
	return walk(p, n-1) + pad[0]
}

func main() {
	x := 1
	p := &x
	r := walk(p, 400)
	fmt.Println("x =", x, "*p =", *p, "r =", r, "same:", p == &x)
}
