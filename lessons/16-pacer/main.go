package main

import (
	"fmt"
	"runtime"
)

// rec is 512 bytes with a pointer: size class 512, scanned by the collector.
type rec struct {
	next *rec
	pad  [63]int
}

const (
	allocs = 30000 // 30000 x 512 B = about 15 MB allocated in all
	window = 5000  // the newest 5000 records stay reachable: about 2.5 MB live
)

var ring [window]*rec // a global: the live records hang off it
var ms runtime.MemStats

func main() {
	sum := 0
	for i := 0; i < allocs; i++ {
		r := &rec{}
		r.pad[0] = i
		ring[i%window] = r // drops the record allocated window iterations ago
	}
	for i := range ring {
		sum += ring[i].pad[0]
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("sum:", sum, "collected:", ms.NumGC > 0)
}
