// sort_slice_structs: sort.Slice's allocations (the interface box, Swapper's closure and scratch)
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
	s := []rec{{"e", 5}, {"b", 2}, {"d", 4}, {"a", 1}, {"c", 3}, {"f", 6}}
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
	fmt.Println("sort_slice_structs mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
