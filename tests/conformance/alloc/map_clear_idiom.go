// map_clear_idiom: fill 8, range, then for k := range m { delete(m, k) }: runtime.mapclear zeroes mapextra, so the next range's createOverflow allocates again
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

var gm = map[int]int{}

//go:noinline
func op() {
	for i := 0; i < 8; i++ {
		gm[i] = i
	}
	for k, v := range gm {
		gi += k - v
	}
	for k := range gm {
		delete(gm, k)
	}
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
	fmt.Println("map_clear_idiom mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
