// runtime_callers_frames: allocations of log/runtime.Caller (part log19): Caller makes its rpc slice and a Frames
package main

import (
	"bytes"
	"fmt"
	"log"
	"runtime"
)

var buf bytes.Buffer
var l = log.New(&buf, "p: ", log.Lshortfile)
var pcs = make([]uintptr, 8)

//go:noinline
func op() {
	n := runtime.Callers(0, pcs)
	f := runtime.CallersFrames(pcs[:n])
	f.Next()
}

func main() {
	_ = l
	_ = pcs
	for i := 0; i < 100; i++ {
		op()
	}
	buf.Reset()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		op()
	}
	runtime.ReadMemStats(&b)
	fmt.Println("runtime_callers_frames mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
