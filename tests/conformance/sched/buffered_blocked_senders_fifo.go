package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int, 1)
	c <- -1
	for i := 0; i < 3; i++ {
		go func(i int) {
			c <- i
		}(i)
	}
	runtime.Gosched()
	var got []int
	for i := 0; i < 4; i++ {
		got = append(got, <-c)
	}
	fmt.Println(got)
}
