// fmt_pool_bigbuf: fmt's (*pp).free drops a printer whose buffer grew past 64 KiB instead of
// putting it back in ppFree, so the next call allocates a new printer; a buffer of 64 KiB or
// less stays with its pooled printer and is reused.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink string
var big = strings.Repeat("x", 70000)
var mid = strings.Repeat("y", 60000)
var mallocs, bytes [6]uint64

//go:noinline
func measure(i int, s string) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	sink = fmt.Sprint(s)
	runtime.ReadMemStats(&b)
	mallocs[i] = b.Mallocs - a.Mallocs
	bytes[i] = b.TotalAlloc - a.TotalAlloc
}

func main() {
	measure(0, "a")
	measure(1, big) // the buffer grows past 64 KiB: the printer is dropped
	measure(2, "b") // a new printer
	measure(3, mid) // the buffer grows to 60000+ bytes and stays
	measure(4, mid) // reused: only the result string
	measure(5, "c")
	for i := range mallocs {
		fmt.Println(i, "mallocs", mallocs[i], "bytes", bytes[i])
	}
}
