package main

import (
	"fmt"
	"sync"
)

func square(n int, out chan<- int) {
	out <- n * n
}

func main() {
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	c := make(chan int)
	go square(7, c)
	fmt.Println(<-c)
	done := make(chan bool)
	msg := "before"
	go func() {
		msg = "after"
		done <- true
	}()
	<-done
	fmt.Println(msg)
	sum := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(n int) { sum <- n * 100 }(i)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-sum
	}
	fmt.Println(total)
}
