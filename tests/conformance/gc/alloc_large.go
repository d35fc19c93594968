// 2000 large (64 KiB) objects (128 MB allocated), every tenth kept: each on its own span.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]int64

func main() {
	for i := 0; i < 2000; i++ {
		b := make([]int64, 8192)
		b[0] = int64(i)
		if i%10 == 0 {
			keep = append(keep, b)
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
