// startup_unicode: MemStats at main's first line with unicode (its six map literals) and no fmt
// (part startup18).
package main

import (
	"runtime"
	"unicode"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("Mallocs", m.Mallocs, "TotalAlloc", m.TotalAlloc, "Frees", m.Frees, "HeapObjects", m.HeapObjects)
	println(unicode.IsUpper('A'))
}
