// errors_new: errors.New: the errorString (16 bytes); the string constant is static
package main

import (
	"errors"
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
	sink = errors.New("boom")
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
	fmt.Println("errors_new mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
