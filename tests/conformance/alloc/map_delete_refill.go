// map_delete_refill: delete 8 keys and insert 8 again: the freed cells are reused, no growth
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
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	for i := 0; i < 8; i++ {
		delete(m, i)
	}
	for i := 8; i < 16; i++ {
		m[i] = i
	}
	sink = m
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
	fmt.Println("map_delete_refill mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
