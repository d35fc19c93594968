// Mutex starvation mode: a greedy goroutine re-locks the mutex right after unlocking it, so a
// woken waiter keeps losing the race; after 1 ms of waiting the mutex switches to starvation
// mode and Unlock hands it straight to the waiter.
//
// Run it with real Go to compare: GOMAXPROCS=2 go run mutex_starvation.go
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := false
	rounds := 0
	wg.Add(2)
	go func() { // greedy: holds the lock for ~100 µs at a time and re-locks at once
		defer wg.Done()
		for {
			mu.Lock()
			if stop {
				mu.Unlock()
				return
			}
			rounds++
			n := 0
			for i := 0; i < 10000; i++ {
				n += i & 1
			}
			mu.Unlock()
		}
	}()
	time.Sleep(200 * time.Microsecond) // let greedy get going
	go func() { // polite: wants the lock once, then stops greedy
		defer wg.Done()
		start := time.Now()
		mu.Lock()
		waited := time.Since(start)
		stop = true
		mu.Unlock()
		fmt.Println("polite waited over 1ms for the lock:", waited > time.Millisecond)
	}()
	wg.Wait()
	fmt.Println("greedy held the lock more than 5 times:", rounds > 5)
}
