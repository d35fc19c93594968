// fmt_println_gc: Println through fmt's printer pool across GCs. The first Println allocates the
// printer and the pool's per-P array; after one GC the printer comes back from the victim cache;
// after two it is allocated again. The int below 256 needs no allocation (staticuint64s), the
// one above does (convT64).
package main

import (
	"fmt"
	"runtime"
)

var gsmall = 7
var gbig = 123456
var mallocs, bytes [6]uint64

//go:noinline
func measure(i int) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	fmt.Println("line", gsmall, gbig)
	runtime.ReadMemStats(&b)
	mallocs[i] = b.Mallocs - a.Mallocs
	bytes[i] = b.TotalAlloc - a.TotalAlloc
}

func main() {
	measure(0)
	measure(1)
	runtime.GC()
	measure(2)
	measure(3)
	runtime.GC()
	runtime.GC()
	measure(4)
	measure(5)
	for i := range mallocs {
		fmt.Println(i, "mallocs", mallocs[i], "bytes", bytes[i])
	}
}
