// mix_operations: MemStats.Mallocs after one pass over a mix of the corpus's operations (the
// issue's acceptance check: gosim prints real Go's number).
package main

import (
	"fmt"
	"runtime"
)

var sink interface{}
var sinks string
var gi = 3
var gbig = 1000
var gs = "hello"
var gb = []byte("hello")
var gm = map[string]int{"hello": 1}

//go:noinline
func use(v interface{}) bool { return v != nil }

//go:noinline
func mix() {
	sink = gi            // staticuint64s: none
	sink = gbig          // convT64: 1
	sink = "const"       // static: none
	sink = gs            // convTstring: 1
	sink = &gbig         // pointer-shaped: none
	use(gbig)            // stack temporary: none
	sinks = gs + gs      // concatstrings: 1
	x := gs + gs         // tmpBuf: none
	gi = len(x) - 7      // (3 again)
	gi += gm[string(gb)] // no copy: none
	gi -= 1
	sink = []byte(gs)     // stringtoslicebyte + convTslice: 2
	sink = make([]int, 4) // 32 bytes + convTslice: 2
	n := gi
	sink = func() int { return n } // funcval: 1
	sink = make(chan int)          // hchan: 1
	sink = make(map[int]int)       // makemap_small: 1
}

func main() {
	mix()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		mix()
	}
	runtime.ReadMemStats(&b)
	fmt.Println("mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
