package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	var never chan int
	b <- 10
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	case v := <-never:
		fmt.Println("never", v)
	}
	go func() { a <- 20 }()
	select {
	case v := <-a:
		fmt.Println("a", v)
	case never <- 1:
		fmt.Println("never")
	}
	select {
	case b <- 30:
		fmt.Println("sent to b")
	case v := <-never:
		fmt.Println("never", v)
	}
	select {
	case v := <-a:
		fmt.Println("a", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-b)
	for i := 0; i < 3; i++ {
		select {
		case v := <-b:
			fmt.Println("got", v)
		default:
			fmt.Println("empty", i)
			b <- i * 100
		}
	}
}
