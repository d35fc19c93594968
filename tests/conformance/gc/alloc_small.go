// 1M pointerful 32-byte objects (32 MB allocated), every tenth kept in a global slice.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [3]int64
}

var keep []*node

func main() {
	for i := 0; i < 1000000; i++ {
		n := &node{}
		n.val[0] = int64(i)
		if i%10 == 0 {
			keep = append(keep, n)
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
