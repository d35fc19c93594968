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
	b5    *[5]byte     // 5 bytes, no pointers: tiny allocator, a new 16-byte block
	b1    *[1]byte     // 1 byte: tiny, right after it (offset 5)
	b8    *[8]byte     // 8 bytes: tiny, aligned to 8 (offset 8), fills the block
	b2    *[2]byte     // 2 bytes: no room left, a new tiny block
	p     *pair        // 16 bytes with pointers: not tiny; size class 2, a scan span
	b24   *[24]byte    // 24 bytes: size class 3 (24 bytes), a noscan span
	b33   *[33]byte    // 33 bytes: rounded up to size class 5 (48 bytes)
	b1000 *[1000]byte  // 1000 bytes: size class 1024
	big   *[40000]byte // over 32 KiB: a large object on a span of its own (5 pages)

	ms runtime.MemStats // a global, so main's frame stays small
)

func main() {
	// ReadMemStats flushes every P's mcache, tiny block included, so the tiny
	// allocations below start a fresh 16-byte block (in real Go too).
	runtime.ReadMemStats(&ms)

	b5 = new([5]byte)
	b1 = new([1]byte)
	b8 = new([8]byte)
	b2 = new([2]byte)
	p = &pair{}
	b24 = new([24]byte)
	b33 = new([33]byte)
	b1000 = new([1000]byte)
	big = new([40000]byte)
	fmt.Println("bytes asked for:", len(b5)+len(b1)+len(b8)+len(b2)+16+len(b24)+len(b33)+len(b1000)+len(big))
}
