// Timers: sleepers wake in deadline order on the virtual clock, and select with time.After
// gives up on a slow channel.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run timers.go
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	for _, ms := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- ms
		}(ms)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("woke after", <-done, "ms")
	}
	slow := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- 1
	}()
	select {
	case <-slow:
		fmt.Println("slow answered")
	case <-time.After(25 * time.Millisecond):
		fmt.Println("timed out after 25ms")
	}
}
