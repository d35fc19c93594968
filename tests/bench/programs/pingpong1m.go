// Benchmark: 1,000,000 round trips of a value between two goroutines over unbuffered channels.
package main

import "fmt"

func main() {
	const rounds = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("round trips:", v)
}
