// Signal wakes the goroutine that has waited longest (the oldest ticket), one per call.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tokens := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for tokens == 0 {
				fmt.Println("worker", i, "waits")
				c.Wait()
			}
			tokens--
			fmt.Println("worker", i, "takes a token")
			mu.Unlock()
		}(i)
		runtime.Gosched()
	}
	for i := 0; i < 3; i++ {
		mu.Lock()
		tokens++
		fmt.Println("signal", i)
		c.Signal()
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
}
