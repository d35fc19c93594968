// runtime.MemStats deltas after known allocation sequences, with GOGC=off so no collection runs.
// Each case reads MemStats, allocates (every object kept alive in a preallocated global, so it
// escapes to the heap and nothing else allocates), reads again and prints the differences.
// tests/unit/heap/conformance_test.cpp replays the same sequences on gosim's allocator; keep the
// two in step (same case names, sizes, pointer-ness and counts).
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type ptr24 struct {
	p *int
	a [2]int
}

type ptr88 struct {
	p *int
	a [10]int
}

var (
	keepTiny  = make([]*[5]byte, 0, 100)
	keepB1    = make([]*[1]byte, 0, 100)
	keepB8    = make([]*[8]byte, 0, 100)
	keepB12   = make([]*[12]byte, 0, 100)
	keepP8    = make([]**int, 0, 100)
	keepP24   = make([]*ptr24, 0, 2000)
	keepP88   = make([]*ptr88, 0, 100)
	keepB33   = make([][]byte, 0, 100)
	keepLarge = make([]*[40000]byte, 0, 10)
	keepHuge  = make([]*[300000]byte, 0, 10)
	keepC33   = make([]*[144]*int, 0, 10)
)

func addr[T any](p *T) uintptr { return uintptr(unsafe.Pointer(p)) }

var before, after runtime.MemStats

func start() { runtime.ReadMemStats(&before) }

func report(name string) {
	runtime.ReadMemStats(&after)
	fmt.Printf("%s mallocs=%d frees=%d total_alloc=%d heap_alloc=%d heap_objects=%d\n", name,
		after.Mallocs-before.Mallocs, after.Frees-before.Frees, after.TotalAlloc-before.TotalAlloc,
		after.HeapAlloc-before.HeapAlloc, after.HeapObjects-before.HeapObjects)
}

func main() {
	start()
	for i := 0; i < 3; i++ {
		keepTiny = append(keepTiny, new([5]byte))
	}
	report("tiny3x5")

	start()
	keepB1 = append(keepB1, new([1]byte))
	keepB8 = append(keepB8, new([8]byte))
	keepB12 = append(keepB12, new([12]byte))
	keepB1 = append(keepB1, new([1]byte))
	report("tiny_align")

	start()
	for i := 0; i < 4; i++ {
		keepP8 = append(keepP8, new(*int))
	}
	report("ptr8x4")

	start()
	for i := 0; i < 10; i++ {
		keepP88 = append(keepP88, new(ptr88))
	}
	report("ptr88x10")

	start()
	for i := 0; i < 1500; i++ {
		keepP24 = append(keepP24, new(ptr24))
	}
	report("ptr24x1500")

	start()
	for i := 0; i < 7; i++ {
		keepB33 = append(keepB33, make([]byte, 33))
	}
	report("bytes33x7")

	start()
	keepLarge = append(keepLarge, new([40000]byte))
	keepHuge = append(keepHuge, new([300000]byte))
	report("large")

	// Addresses: only differences are stable across runs (runtime init allocates first).
	start() // ReadMemStats drops the tiny block, so the next one is fresh
	t := []*[5]byte{new([5]byte), new([5]byte), new([5]byte), new([5]byte)}
	keepTiny = append(keepTiny, t...)
	fmt.Printf("tiny_addrs block_offset=%d deltas=%d,%d,%d\n", addr(t[0])%16,
		addr(t[1])-addr(t[0]), addr(t[2])-addr(t[0]), addr(t[3])-addr(t[0]))
	// Size class 33 (1152 bytes, 7 per 8 KiB span) is unused before main: a fresh span.
	var c [5]*[144]*int
	for i := range c {
		c[i] = new([144]*int)
		keepC33 = append(keepC33, c[i])
	}
	fmt.Printf("class33_addrs span_offset=%d deltas=%d,%d,%d,%d\n", addr(c[0])%8192,
		addr(c[1])-addr(c[0]), addr(c[2])-addr(c[0]), addr(c[3])-addr(c[0]), addr(c[4])-addr(c[0]))
	l := new([40000]byte)
	keepLarge = append(keepLarge, l)
	fmt.Printf("large_addr page_offset=%d\n", addr(l)%8192)
}
