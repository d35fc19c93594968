package main

import (
	"fmt"
	"runtime"
	"sync"
)

// work keeps a goroutine busy on the CPU for a while.
func work(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	sum := 0
	for i := 0; i < 20000; i++ {
		sum += i % (id + 1)
	}
	out[id] = sum
}

func main() {
	fmt.Println("Ps at start:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	out := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	// All eight wait in P0's queues. Growing to four Ps stops the world, creates P1..P3,
	// and starts the world again: the new idle Ps steal from P0.
	fmt.Println("was:", runtime.GOMAXPROCS(4))
	wg.Wait()
	fmt.Println("sums:", out)
	// Shrinking moves the queued goroutines of the Ps that go away to the global queue.
	fmt.Println("was:", runtime.GOMAXPROCS(1))
	fmt.Println("Ps at end:", runtime.GOMAXPROCS(0))
}
