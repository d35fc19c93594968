// startup_none: MemStats at main's first line in a program that imports only runtime: what Go's
// start-up allocated (schedinit, runtime.main, gcenable; part startup18, docs/heap.md). Printed
// with println (stderr), so nothing is imported; startup_none.env gives Go and gosim the same
// environment (goenvs copies each variable).
package main

import "runtime"

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("Mallocs", m.Mallocs, "TotalAlloc", m.TotalAlloc, "Frees", m.Frees, "HeapObjects", m.HeapObjects)
}
