// A channel pipeline: gen -> square -> main, each stage a goroutine, unbuffered channels.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run pipeline.go
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(gen(5)) {
		fmt.Println(v)
	}
	fmt.Println("pipeline drained")
}
