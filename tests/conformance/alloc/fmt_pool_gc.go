// fmt_pool_gc: fmt's printer pool (fmt/print.go ppFree, a sync.Pool). The first Sprintf allocates
// the printer (new(pp), 208 bytes), its buffer, the pool's per-P array (pinSlow, 128 bytes) and
// its allPools entry; later calls reuse them. After one GC the printer comes back from the
// pool's victim cache (only the per-P array and the allPools entry are made again); after two
// GCs it is gone and everything is allocated again.
package main

import (
	"fmt"
	"runtime"
)

var sink2 string
var gbig = 1000
var mallocs, bytes [6]uint64

//go:noinline
func measure(i int) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	sink2 = fmt.Sprintf("%d", gbig*12)
	runtime.ReadMemStats(&b)
	mallocs[i] = b.Mallocs - a.Mallocs
	bytes[i] = b.TotalAlloc - a.TotalAlloc
}

func main() {
	measure(0) // first call
	measure(1) // reused
	runtime.GC()
	measure(2) // after one GC: the victim cache
	measure(3)
	runtime.GC()
	runtime.GC()
	measure(4) // after two GCs: a new printer
	measure(5)
	for i := range mallocs {
		fmt.Println(i, "mallocs", mallocs[i], "bytes", bytes[i])
	}
}
