// mix_absolute: the Done-when check (part startup18): the absolute MemStats.Mallocs,
// TotalAlloc and Frees after mix_operations' mix of operations, start-up included, printed as
// real Go prints them under mix_absolute.env's environment.
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
	var a runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		mix()
	}
	var b runtime.MemStats
	runtime.ReadMemStats(&b)
	fmt.Println("Mallocs1", a.Mallocs, "TotalAlloc1", a.TotalAlloc, "Frees1", a.Frees)
	fmt.Println("Mallocs101", b.Mallocs, "TotalAlloc101", b.TotalAlloc, "Frees101", b.Frees)
}
