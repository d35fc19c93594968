package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	c <- 5
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case c <- 6:
		fmt.Println("sent 6")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case v, ok := <-c:
		fmt.Println("from c", v, ok)
	}
	close(c)
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case v, ok := <-c:
		fmt.Println("closed c", v, ok)
	}
	done := make(chan string)
	go func() { done <- "worker done" }()
	select {
	case s := <-done:
		fmt.Println(s)
	}
	select {
	default:
		fmt.Println("only default")
	}
}
