package main

import "fmt"

func main() {
	n := 1 << 62
	c := make(chan int64, n)
	fmt.Println(cap(c))
}
