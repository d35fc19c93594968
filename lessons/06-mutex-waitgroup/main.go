// Mutex starvation mode: a greedy goroutine re-locks the mutex right after unlocking it, so a
// woken waiter keeps losing the race; after 1 ms of waiting the mutex switches to starvation
// mode and Unlock hands it straight to the waiter.
//
// Run it with real Go to compare: GOMAXPROCS=2 go run main.go
// (scenarios/mutex_starvation prints how long polite waited; on a real machine that depends on
// how the OS schedules the two threads, so this copy prints only what does not.)
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
	go func() { // greedy: holds the lock (~100 µs of gosim time) and re-locks at once
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
		mu.Lock()
		stop = true
		mu.Unlock()
		fmt.Println("polite got the lock and told greedy to stop")
	}()
	wg.Wait()
	fmt.Println("greedy held the lock more than 5 times:", rounds > 5)
}
