// concat_noescape_long: a non-escaping concatenation over 32 bytes: heap
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

//go:noinline
func op() {
	x := gs + gs + gs + gs + gs + gs + gs
	gi = len(x)
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
	fmt.Println("concat_noescape_long mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
