// conv_noescape_big_array: a non-escaping [200]int (1600 bytes > 1024): convTnoptr on the heap
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
	var a [200]int
	a[0] = gi
	use(a)
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
	fmt.Println("conv_noescape_big_array mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
