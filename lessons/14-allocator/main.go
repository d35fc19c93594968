package main

import (
	"fmt"
	"runtime"
)

// pair holds pointers, so the collector must scan it: it lives on a "scan" span.
type pair struct {
	a, b *int
}

// Every object is kept in a global, so it escapes to the heap and stays alive.
var (
	b5    *[5]byte     // 5 bytes, no pointers
	b1    *[1]byte     // 1 byte, no pointers
	b8    *[8]byte     // 8 bytes, no pointers
	b2    *[2]byte     // 2 bytes, no pointers
	p     *pair        // 16 bytes with pointers
	b24   *[24]byte    // 24 bytes
	b33   *[33]byte    // 33 bytes
	b1000 *[1000]byte  // 1000 bytes
	big   *[40000]byte // 40000 bytes: over 32 KiB
)

// Two globals (so main's frame stays small): MemStats before and after.
var before runtime.MemStats
var after runtime.MemStats

func main() {
	// ReadMemStats flushes every P's mcache, its tiny block included, so the
	// allocations below start from an empty cache (in real Go too).
	runtime.ReadMemStats(&before)

	b5 = new([5]byte)
	b1 = new([1]byte)
	b8 = new([8]byte)
	b2 = new([2]byte)
	p = &pair{}
	b24 = new([24]byte)
	b33 = new([33]byte)
	b1000 = new([1000]byte)
	big = new([40000]byte)

	runtime.ReadMemStats(&after)
	asked := len(b5) + len(b1) + len(b8) + len(b2) + 16 + len(b24) + len(b33) + len(b1000) + len(big)
	fmt.Println("objects:", after.Mallocs-before.Mallocs)
	fmt.Println("bytes asked for:", asked, "bytes allocated:", after.TotalAlloc-before.TotalAlloc)
}
