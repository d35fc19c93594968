// Benchmark: 200,000 goroutines blocked receiving on one channel, then released by close.
// Peak memory divided by 200,000 is the cost of a parked goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	gate := make(chan struct{})
	var started, done sync.WaitGroup
	for i := 0; i < n; i++ {
		started.Add(1)
		done.Add(1)
		go func() {
			started.Done()
			<-gate
			done.Done()
		}()
	}
	// When the last goroutine has started, every one of them is parked on gate (or about to be).
	started.Wait()
	close(gate)
	done.Wait()
	fmt.Println("released:", n)
}
