// Goroutines: a function run directly and concurrently, an anonymous goroutine, waiting for them.
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

func say(s string) {
	for i := 0; i < 3; i++ {
		time.Sleep(40 * time.Millisecond)
		fmt.Println(s)
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
	go say("world")
	time.Sleep(20 * time.Millisecond)
	say("hello")
	time.Sleep(60 * time.Millisecond)
}
