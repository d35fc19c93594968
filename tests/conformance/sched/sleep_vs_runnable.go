package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string, 3)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- "sleeper"
	}()
	go func() {
		done <- "busy"
	}()
	go func() {
		time.Sleep(time.Millisecond)
		done <- "short sleeper"
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond)
}
