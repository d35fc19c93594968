// Local run queue overflow: 300 goroutines do not fit in one P's 256-slot ring.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run runq_overflow.go
// Real Go usually prints first 299, last 256 (gosim always does); on a loaded machine sysmon
// can preempt main mid-loop (wall-clock 10 ms), and then the order differs.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	// Start from a fresh time slice, as the conformance program overflow_300 does, so the
	// spawn loop is never interrupted.
	runtime.Gosched()
	const n = 300
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines run:", len(order))
	fmt.Println("first to run:", order[0])
	fmt.Println("last to run:", order[len(order)-1])
}
