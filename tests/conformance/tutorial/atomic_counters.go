// Atomic counters: 50 goroutines increment a shared counter with sync/atomic.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				atomic.AddUint64(&ops, 1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops))
	var n atomic.Int64
	n.Add(5)
	n.Add(-2)
	fmt.Println(n.Load(), n.CompareAndSwap(3, 10), n.Load())
}
