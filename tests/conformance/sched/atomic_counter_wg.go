// Many goroutines bump shared counters with sync/atomic; a WaitGroup waits for all of them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var evens uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				atomic.AddInt64(&hits, 1)
			}
			if i%2 == 0 {
				atomic.AddUint32(&evens, 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits))
	fmt.Println("even workers:", atomic.LoadUint32(&evens))
	atomic.StoreInt64(&hits, -5)
	fmt.Println("after store:", hits)
}
