// A blocking system call hands its P off: while one goroutine sleeps in the kernel, the other
// keeps the only P busy.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run syscall_handoff.go
package main

import (
	"fmt"
	"syscall"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	// The worker is created first, so the sleeper (created last, in runnext) runs first when
	// main blocks: it enters the system call while the worker waits in P0's local queue.
	go func() {
		defer wg.Done()
		n := 0
		for i := 0; i < 5; i++ {
			for j := 0; j < 100000; j++ {
				n += j % 7
			}
			fmt.Println("worker: round", i, "done")
		}
	}()
	go func() {
		defer wg.Done()
		ts := syscall.NsecToTimespec(5000000) // 5 ms
		syscall.Nanosleep(&ts, nil)
		fmt.Println("sleeper: back from the 5 ms system call")
	}()
	wg.Wait()
}
