// sysmon preempts a tight loop: a goroutine that never calls a function still gives up the
// only P after about 10 ms, so the other goroutine gets to print.
//
// gosim's virtual clock charges ~11 ns per iteration (about 17 ms in all); real Go runs the
// loop in about 1 ms, before sysmon's 10 ms matter, so its output order is not the lesson here.
package main

import (
	"fmt"
	"sync"
)

var log []string

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // started first, so it runs second (runnext)
		defer wg.Done()
		log = append(log, "greeter: hello")
	}()
	go func() { // runs first: a loop of about 17 ms of virtual time with no function calls
		defer wg.Done()
		n := 0
		for i := 0; i < 1500000; i++ {
			n += i & 3
		}
		log = append(log, fmt.Sprint("spinner: finished, n=", n))
	}()
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
}
