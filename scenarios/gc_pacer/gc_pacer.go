package main

import (
	"fmt"
	"runtime"
	"sync"
)

// rec is 512 bytes with a pointer: size class 512, scanned by the collector.
type rec struct {
	next *rec
	pad  [63]int
}

const (
	workers = 4
	allocs  = 20000 // per worker: 20000 x 512 B = 10 MB allocated each, 40 MB in all
	window  = 1000  // each worker keeps its last 1000 records: about 2 MB live in all
)

// work allocates allocs records and keeps the newest window of them reachable from ring.
func work(id int, sums []int, wg *sync.WaitGroup) {
	defer wg.Done()
	ring := make([]*rec, window)
	var prev *rec
	for i := 0; i < allocs; i++ {
		r := &rec{next: prev}
		r.pad[0] = id*allocs + i
		ring[i%window] = r
		prev = nil
		if i%2 == 0 {
			prev = r // every other record points to the one before it
		}
	}
	s := 0
	for _, r := range ring {
		s += r.pad[0]
	}
	sums[id] = s
}

func main() {
	sums := make([]int, workers)
	var wg sync.WaitGroup
	for id := 0; id < workers; id++ {
		wg.Add(1)
		go work(id, sums, &wg)
	}
	wg.Wait()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("sums:", sums)
	fmt.Println("at least one GC ran:", ms.NumGC > 0)
}
