// startup_fmt: MemStats at main's first line in a program that imports fmt: the runtime's
// start-up plus the init of every package fmt depends on (strconv, sync, unicode, io,
// internal/oserror, syscall, time, path, io/fs, internal/poll, internal/safefilepath, os, fmt),
// which gosim models natively (part startup18).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("Mallocs", m.Mallocs, "TotalAlloc", m.TotalAlloc, "Frees", m.Frees, "HeapObjects", m.HeapObjects)
}
