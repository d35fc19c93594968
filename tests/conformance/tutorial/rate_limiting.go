// Rate limiting: a ticker paces requests; a buffered channel allows a burst of three.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req, time.Since(start) >= time.Duration(req)*20*time.Millisecond)
	}
	burstyLimiter := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burstyLimiter <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	begin := time.Now()
	for req := range burstyRequests {
		<-burstyLimiter
		waited := time.Since(begin) >= 15*time.Millisecond
		fmt.Println("request", req, "waited:", waited)
	}
}
