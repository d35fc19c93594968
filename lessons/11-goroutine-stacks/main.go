// Goroutine stacks: main starts with 2 KiB, recursion makes the stack grow (morestack,
// newstack, copystack to twice the size), a pointer to a stack variable is adjusted at every
// copy, and the garbage collector shrinks the stack again once it is mostly unused.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"runtime"
)

// walk recurses n levels with a 16-word array in every frame, so the stack fills quickly.
// p points to main's x: x does not escape (walk only reads and writes through p), so x lives
// in main's frame on the stack, and every stack copy must rewrite p in every frame.
func walk(p *int, n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		*p += 1000
		return *p
	}
	*p += 1
	return walk(p, n-1) + pad[n%16]
}

func main() {
	x := 1
	p := &x
	r := walk(p, 150)
	fmt.Println("x =", x, "r =", r, "same:", p == &x)
	for i := 1; i <= 5; i++ {
		runtime.GC() // each cycle scans main's stack and may halve it
	}
	fmt.Println("x =", *p, "after 5 collections")
}
