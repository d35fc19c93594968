// startup_os_time: MemStats at main's first line with os and time but not fmt: os's NewFile x3,
// its finalizer goroutine, Args' copy, and the errors and maps of time, syscall, io, io/fs,
// internal/poll (part startup18).
package main

import (
	"os"
	"runtime"
	"time"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("Mallocs", m.Mallocs, "TotalAlloc", m.TotalAlloc, "Frees", m.Frees, "HeapObjects", m.HeapObjects)
	println(len(os.Args), time.Duration(1500)*time.Millisecond == 1500*time.Millisecond)
}
