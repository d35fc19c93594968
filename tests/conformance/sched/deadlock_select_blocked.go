package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		a <- 1
	}()
	fmt.Println(<-a)
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
