// Broadcast readies every waiter; at GOMAXPROCS=1 the order they run in is the runtime's.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			mu.Lock()
			started.Done()
			for !ready {
				c.Wait()
			}
			fmt.Println("waiter", i, "wakes")
			mu.Unlock()
		}(i)
	}
	started.Wait()
	mu.Lock()
	ready = true
	fmt.Println("broadcast")
	c.Broadcast()
	mu.Unlock()
	finished.Wait()
	c.Signal() // nobody waits: nothing happens
	fmt.Println("done")
}
