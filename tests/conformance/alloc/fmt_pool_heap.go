// fmt_pool_heap: the live heap after a GC with a printer in fmt's pool (fmt/print.go ppFree, a
// sync.Pool). After the first Sprintf, a GC keeps the printer (208 bytes), its buffer, the
// pool's per-P array (128 bytes) and allPools' old array alive: clearpools moved them to the
// victim cache and oldPools. A second GC frees them all. (The live heap after the second GC is
// not compared: Go's background scavenger may grow p.timers by then, which gosim does not model.)
package main

import (
	"fmt"
	"runtime"
)

var sink string
var gbig = 1000

//go:noinline
func use() {
	sink = fmt.Sprintf("%d", gbig)
}

func main() {
	var a, b, c runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	use()
	runtime.GC()
	runtime.ReadMemStats(&b)
	sink = ""
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("after one GC: objects", int64(b.HeapObjects)-int64(a.HeapObjects), "bytes", int64(b.HeapAlloc)-int64(a.HeapAlloc))
	fmt.Println("the second GC frees: objects", c.Frees-b.Frees, "bytes", (c.TotalAlloc-c.HeapAlloc)-(b.TotalAlloc-b.HeapAlloc))
}
