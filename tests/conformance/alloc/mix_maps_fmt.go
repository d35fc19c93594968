// mix_maps_fmt: MemStats.Mallocs after a mix of map, fmt and conversion operations, counted over
// 100 passes (the acceptance check: gosim prints real Go's number). The maps stay small
// enough that no overflow bucket can appear, so the count does not depend on the hash seed.
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

//go:noinline
func mix() {
	m := make(map[int]int) // does not escape: stack hmap and bucket, none
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	gi = m[3]
	e := make(map[string]int) // escapes: makemap_small 1, its bucket on the first insert 1
	e[gs] = gi
	sink = e
	h := make(map[int]int, 20) // escapes: hmap 1, 4 buckets 1 (8 entries: no overflow possible)
	for i := 0; i < 8; i++ {
		h[i] = i
	}
	sink = h
	sinks = fmt.Sprintf("%d", gi)     // one byte: static, none
	sinks = fmt.Sprintf("%d!", gbig)  // convT64 1, result 1
	sinks = fmt.Sprint(gs, "-", gbig) // convTstring 1, convT64 1, result 1
	sink = gi                         // staticuint64s: none
	sink = [2]int{gi, gbig}           // convTnoptr: 1
	p := new([65]byte)                // does not escape: none
	gi = int(p[3]) + 3
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
