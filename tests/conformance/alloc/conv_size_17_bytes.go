// conv_size_17_bytes: [17]byte: noscan, not tiny (>= 16), size class 24
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
	var a [17]byte
	a[0] = byte(gi)
	sink = a
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
	fmt.Println("conv_size_17_bytes mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
