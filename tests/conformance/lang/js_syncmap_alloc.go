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
		if n < 20 {
			fmt.Println("store", n, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
		} else {
			// With 20 keys the dirty map's buckets may need an overflow bucket or two, by the
			// random hash seed: js_syncmap_alloc.range holds the figures seen over Go's runs.
			fmt.Println("store", n, "mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
		}
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
