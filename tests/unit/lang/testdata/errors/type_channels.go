package main

import "fmt"

func main() {
	ch := make(chan<- int)
	<-ch
	var rc <-chan int
	rc <- 1
	close(rc)
	x := 5
	x <- 1
	fmt.Println(len(5))
}
