// Loop depth and recursion: an address stored in a variable declared outside the loop
// outlives the iteration; mutually recursive functions are analysed together.
package main

import "fmt"

type Cell struct{ v int }

func loopAlloc() int {
	var last *Cell
	for i := 0; i < 3; i++ {
		last = &Cell{i}
	}
	return last.v
}

func loopLocal() int {
	t := 0
	for i := 0; i < 3; i++ {
		c := &Cell{i}
		t += c.v
	}
	return t
}

func loopVarAddr() int {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i
		ptrs = append(ptrs, &v)
	}
	return *ptrs[0]
}

func rangeAddr(xs []int) int {
	var p *int
	for _, x := range xs {
		p = &x
	}
	return *p
}

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	return even(n-1, p)
}

func fact(n int, acc *int) int {
	if n <= 1 {
		return *acc
	}
	*acc *= n
	return fact(n-1, acc)
}

func list(n int) *Cell {
	if n == 0 {
		return &Cell{0}
	}
	c := list(n - 1)
	c.v += n
	return c
}

func main() {
	k := 1
	acc := 1
	fmt.Println(loopAlloc(), loopLocal(), loopVarAddr(), rangeAddr([]int{1, 2}), even(4, &k), fact(4, &acc), list(3).v)
}
