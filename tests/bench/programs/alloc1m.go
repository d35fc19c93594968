// Benchmark: 1,000,000 small objects allocated, every tenth one kept. The heap grows to about
// 100,000 live objects while the collector runs cycle after cycle over the garbage.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id   int
	next *node
	pad  [2]int
}

func main() {
	const n = 1000000
	kept := make([]*node, 0, n/10)
	sum := 0
	for i := 0; i < n; i++ {
		p := &node{id: i}
		if i%10 == 0 {
			kept = append(kept, p)
		}
		sum += p.id & 1
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("kept:", len(kept), "odd:", sum, "collections > 0:", ms.NumGC > 0)
}
