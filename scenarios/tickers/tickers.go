package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var ticks atomic.Int32
	ticker := time.NewTicker(10 * time.Millisecond)
	timeout := time.NewTimer(35 * time.Millisecond)
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(15*time.Millisecond, func() {
		fmt.Println("AfterFunc runs on its own goroutine")
		wg.Done()
	})
	late := time.NewTimer(time.Hour)
	fmt.Println("stop the hour-long timer:", late.Stop())
loop:
	for {
		select {
		case <-ticker.C:
			fmt.Println("tick", ticks.Add(1))
		case <-timeout.C:
			break loop
		}
	}
	ticker.Stop()
	wg.Wait()
	fmt.Println("ticks:", ticks.Load(), "reset:", timeout.Reset(5*time.Millisecond))
	<-timeout.C
	fmt.Println("done")
}
