// sync.Map's allocations, read from runtime.MemStats: each new key's *entry and boxed value,
// the dirty map's buckets, the readOnly stored on promotion; Loads of present keys allocate nothing.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var a, b runtime.MemStats
	for _, n := range []int{1, 2, 8, 9, 20} {
		var m sync.Map
		runtime.ReadMemStats(&a)
		for i := 0; i < n; i++ {
			m.Store(i, i)
		}
		runtime.ReadMemStats(&b)
		fmt.Println("store", n, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
		runtime.ReadMemStats(&a)
		for i := 0; i < n+1; i++ {
			m.Load(i)
		}
		runtime.ReadMemStats(&b)
		fmt.Println("load", n+1, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
		runtime.ReadMemStats(&a)
		for i := 0; i < n; i++ {
			m.Load(i)
		}
		runtime.ReadMemStats(&b)
		fmt.Println("load again", n, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
	}
}
