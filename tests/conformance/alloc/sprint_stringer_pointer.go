// sprint_stringer_pointer: Sprint of a pointer whose String uses Sprint: nested printers, pointer-shaped argument
package main

import (
	"fmt"
	"runtime"
)

var sink interface{}
var gi = 3
var gbig = 1000
var gs = "hello"
var gb = []byte("hello")

//go:noinline
func use(v interface{}) bool { return v != nil }

var sink2 string

type pt struct{ x, y int }

func (p *pt) String() string { return fmt.Sprint(p.x, ",", p.y) }

var gp = &pt{1000, 2000}

//go:noinline
func op() {
	sink2 = fmt.Sprint(gp)
}

func main() {
	for i := 0; i < 100; i++ {
		op()
	}
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		op()
	}
	runtime.ReadMemStats(&b)
	fmt.Println("sprint_stringer_pointer mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
