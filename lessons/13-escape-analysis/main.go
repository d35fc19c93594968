package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

var (
	ms   runtime.MemStats
	last *point      // a global: whatever it points to must live on the heap
	sink interface{} // a global interface: the value it holds must live on the heap
)

// Every function below is marked //go:noinline: the inliner would copy a small body into
// main before escape analysis runs, and several of these allocations would disappear.
// This lesson reads the analysis function by function, as go build -gcflags='-m -l' does.

// mallocs returns how many heap objects the program has allocated so far.
func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

// 1. Returns the address of a local: p must outlive the call.
//go:noinline
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// 2. Only reads through its parameter: the pointer goes nowhere.
//go:noinline
func sum(p *point) int {
	return p.x + p.y
}

// 3. Stores its parameter in a global: whatever p points to must outlive every call.
//go:noinline
func remember(p *point) {
	last = p
}

// 4. The closure outlives counter, and it updates n.
//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// 5. A constant-size make that stays, and one whose size is known only at run time.
//go:noinline
func scratch(n int) int {
	small := make([]int, 8)
	dyn := make([]int, n)
	return len(small) + len(dyn)
}

func main() {
	m0 := mallocs()
	p := newPoint(1, 2)
	m1 := mallocs()
	a := point{3, 4}
	s := sum(&a)
	m2 := mallocs()
	b := point{5, 6}
	remember(&b)
	m3 := mallocs()
	next := counter()
	next()
	m4 := mallocs()
	sink = s * 1000 // an int converted to an interface
	m5 := mallocs()
	k := scratch(s)
	m6 := mallocs()
	fmt.Println("mallocs:", m1-m0, m2-m1, m3-m2, m4-m3, m5-m4, m6-m5)
	fmt.Println(p.x, k, next())
}
