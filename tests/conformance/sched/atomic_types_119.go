// The Go 1.19 atomic types: methods instead of functions on a bare word.
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	conns    atomic.Uint32
	handle   atomic.Uintptr
	ready    atomic.Bool
}

func main() {
	var s stats
	fmt.Println(s.requests.Add(3), s.requests.Add(-1), s.requests.Load())
	fmt.Println(s.errors.Swap(7), s.errors.Load())
	fmt.Println(s.errors.CompareAndSwap(6, 1), s.errors.CompareAndSwap(7, 1), s.errors.Load())
	s.bytes.Store(1 << 40)
	fmt.Println(s.bytes.Add(1), s.bytes.Swap(2), s.bytes.Load())
	fmt.Println(s.conns.Add(^uint32(0)), s.conns.Load())
	s.handle.Store(0xbeef)
	fmt.Printf("%#x %v\n", s.handle.Load(), s.handle.CompareAndSwap(0xbeef, 0xcafe))
	fmt.Println(s.ready.Load(), s.ready.Swap(true), s.ready.Load())
	fmt.Println(s.ready.CompareAndSwap(false, true), s.ready.CompareAndSwap(true, false), s.ready.Load())
	s.ready.Store(true)
	fmt.Println(s.ready.Load())
}
