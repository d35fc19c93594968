package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	close(c)
	fmt.Println(<-c)
	c <- 2
}
