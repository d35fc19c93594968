// Timers: three goroutines sleep 30, 10 and 20 ms and report on a channel; they wake in
// deadline order, not in the order they started. Then a select waits on a slow channel and
// on time.After(25ms), and the timer wins.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
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
