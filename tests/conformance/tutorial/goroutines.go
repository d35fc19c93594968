// Goroutines: a function run directly and concurrently, an anonymous goroutine, taking turns.
package main

import (
	"fmt"
	"time"
)

func f(from string) {
	for i := 0; i < 3; i++ {
		fmt.Println(from, ":", i)
	}
}

func main() {
	f("direct")
	go f("goroutine")
	go func(msg string) {
		fmt.Println(msg)
	}("going")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("done")
	// The Tour's say("world") / say("hello") interleaves by sleeping, which a loaded machine
	// can reorder; a channel hands the turn over instead.
	turn := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println(<-turn)
			turn <- "hello"
		}
	}()
	for i := 0; i < 3; i++ {
		turn <- "world"
		fmt.Println(<-turn)
	}
}
