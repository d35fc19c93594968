package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	v, ok := <-c
	fmt.Println(v, ok)
	for v := range c {
		fmt.Println("range", v)
	}
	v, ok = <-c
	fmt.Println(v, ok, len(c))
	done := make(chan struct{})
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-done
			results <- fmt.Sprint("released ", i)
		}(i)
	}
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
	select {
	case _, ok := <-done:
		fmt.Println("closed channel is always ready, ok =", ok)
	default:
		fmt.Println("not reached")
	}
}
