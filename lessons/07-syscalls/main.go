// System calls: a goroutine blocked in the kernel keeps its thread (M) but not its P.
//
// main first makes a short system call (5 µs) that returns before sysmon looks: it gets its
// own P back at once. Then a sleeper blocks for 5 ms in the kernel while a worker waits for the
// only P: sysmon retakes the P and hands it to another thread, so the worker runs meanwhile.
// Last, main blocks for 20 ms with nothing else to run: its P is retaken but stays idle.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"sync"
	"syscall"
)

func main() {
	short := syscall.NsecToTimespec(5000) // 5 µs
	syscall.Nanosleep(&short, nil)
	fmt.Println("main: back from a 5 µs system call")

	// The two goroutines only record what they did; main prints it after wg.Wait, so the
	// output does not depend on which of them finishes first (a loaded machine can slow the
	// worker down in real Go).
	var wg sync.WaitGroup
	n, slept := 0, false
	wg.Add(2)
	go func() { // the worker: CPU work, waits in the local queue while the sleeper runs
		defer wg.Done()
		for i := 0; i < 5; i++ {
			for j := 0; j < 100000; j++ {
				n += j % 7
			}
		}
	}()
	go func() { // the sleeper: created last, so it runs first (runnext)
		defer wg.Done()
		long := syscall.NsecToTimespec(5000000) // 5 ms
		syscall.Nanosleep(&long, nil)
		slept = true
	}()
	wg.Wait()
	fmt.Println("worker: n =", n)
	fmt.Println("sleeper: back from a 5 ms system call:", slept)

	// Nothing else to run now: sysmon still takes the P away, but nobody wants it.
	mid := syscall.NsecToTimespec(20000000) // 20 ms
	syscall.Nanosleep(&mid, nil)
	fmt.Println("main: back from a 20 ms system call")
}
