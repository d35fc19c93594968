// startup_strings: MemStats at main's first line with strings (from Go's source in gosim, with
// io and unicode) and fmt: the sources allocate by construction, the rest is modelled (part
// startup18).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(strings.Join([]string{"Mallocs", fmt.Sprint(m.Mallocs), "TotalAlloc", fmt.Sprint(m.TotalAlloc),
		"Frees", fmt.Sprint(m.Frees), "HeapObjects", fmt.Sprint(m.HeapObjects)}, " "))
}
