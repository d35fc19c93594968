// Tickers: something at regular intervals, until we stop it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(50 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks++
				fmt.Println("Tick", ticks)
			}
		}
	}()
	time.Sleep(175 * time.Millisecond)
	ticker.Stop()
	done <- true
	fmt.Println("Ticker stopped")
}
