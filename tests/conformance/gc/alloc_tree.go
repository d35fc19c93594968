// Binary trees of depth 10 built and dropped, one tree in ten kept: a pointer graph to mark.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	left, right *tree
	val         int
}

func build(d int) *tree {
	if d == 0 {
		return &tree{val: 1}
	}
	return &tree{left: build(d - 1), right: build(d - 1), val: d}
}

var keep []*tree

func main() {
	for i := 0; i < 300; i++ {
		t := build(10)
		if i%10 == 0 {
			keep = append(keep, t)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("NumGC", ms.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("HeapAlloc KB", ms.HeapAlloc>>10)
	fmt.Println("kept", len(keep))
}
