package main

import "fmt"

func main() {
	c := make(chan string, 1)
	c <- "fits"
	fmt.Println("buffer full")
	c <- "blocks"
}
