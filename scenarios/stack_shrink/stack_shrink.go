package main

import (
	"fmt"
	"runtime"
)

// depth recurses n levels with a 16-word array in every frame: deep enough that main's stack
// grows from 2 KiB to 64 KiB on the way down.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	fmt.Println("sum of the levels:", depth(150))
	// Back in main, the goroutine uses a few hundred bytes of a 64 KiB stack. Each collection
	// scans main's stack and, finding it less than a quarter used, halves it.
	for i := 1; i <= 6; i++ {
		runtime.GC()
		fmt.Println("after GC", i)
	}
}
