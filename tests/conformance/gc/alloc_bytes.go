// 50k pointer-free 1 KiB byte slices (50 MB allocated), every tenth kept.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	for i := 0; i < 50000; i++ {
		b := make([]byte, 1024)
		b[0] = byte(i)
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
