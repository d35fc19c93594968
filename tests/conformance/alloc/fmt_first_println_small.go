// fmt_first_println_small: what the escape_cases scenario's show(3) allocates, the program's
// first Println. 3 is below 256, so converting it to an interface allocates nothing
// (runtime.convT64 returns a pointer into staticuint64s). fmt's first use allocates its printer
// pool's objects: sync.(*Pool).pinSlow appends the pool to allPools (8 bytes) and makes the
// per-P []poolLocal (128 bytes with one P), the pool's New makes a pp (200 bytes, class 208),
// and the printer's buffer grows to 8 bytes (a tiny allocation). The second call allocates
// nothing. NAME.env fixes the environment: whether that 8-byte buffer starts a new 16-byte tiny
// block depends on the start-up's tiny allocations, some of them the environment's strings.
package main

import (
	"fmt"
	"runtime"
)

var ms runtime.MemStats

//go:noinline
func show(v int) {
	fmt.Println("show:", v)
}

func main() {
	runtime.ReadMemStats(&ms)
	m0, b0 := ms.Mallocs, ms.TotalAlloc
	show(3)
	runtime.ReadMemStats(&ms)
	m1, b1 := ms.Mallocs, ms.TotalAlloc
	show(3)
	runtime.ReadMemStats(&ms)
	m2, b2 := ms.Mallocs, ms.TotalAlloc
	fmt.Println("first mallocs", m1-m0, "bytes", b1-b0)
	fmt.Println("second mallocs", m2-m1, "bytes", b2-b1)
}
