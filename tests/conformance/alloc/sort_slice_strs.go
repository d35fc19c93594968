// sort_slice_strs: sort.Slice's allocations (the interface box, Swapper's closure and scratch)
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type rec struct {
	k string
	v int
}

var _ = rec{}

//go:noinline
func op() {
	s := []string{"e", "b", "d", "a", "c", "f"}
	sort.Slice(s, func(i, j int) bool { return i > j })
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
	fmt.Println("sort_slice_strs mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
