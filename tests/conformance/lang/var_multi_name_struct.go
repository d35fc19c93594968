// A var declaration with several names of one struct type, package-level and local: each name
// is its own variable, and a field of any of them (not only the first) can be read and written.
package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

var a, b point
var before, after runtime.MemStats
var sink []int

func main() {
	var c, d point
	var e, f, g struct{ n int }
	a.x = 1
	b.y = 2
	c.x = 3
	d.y = 4
	g.n = 7
	fmt.Println(a.x, b.y, c.x, d.y, a, b, c, d, e.n, f.n, g.n)
	runtime.ReadMemStats(&before)
	sink = make([]int, 100)
	runtime.ReadMemStats(&after)
	fmt.Println(len(sink), after.Mallocs > before.Mallocs, after.HeapAlloc >= before.HeapAlloc)
}
