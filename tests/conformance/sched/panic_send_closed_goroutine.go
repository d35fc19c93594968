package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	go func() {
		for i := 0; ; i++ {
			results <- i
		}
	}()
	fmt.Println(<-results, <-results)
	close(results)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("unreachable")
}
