// bytes_to_string_map_key: m[string(b)]: no copy (order.go mapKeyReplaceStrConv)
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

var gm = map[string]int{"hello": 3}

//go:noinline
func op() {
	gi = gm[string(gb)]
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
	fmt.Println("bytes_to_string_map_key mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
