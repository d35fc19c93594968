package main

import (
	"fmt"
	"sync"
)

func consumer(in <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		fmt.Println("consumed", v)
	}
}

func producer(out chan<- int) {
	for i := 0; i < 2; i++ {
		out <- i
	}
}

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go consumer(c, &wg)
	go consumer(c, &wg)
	producer(c)
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
	}()
	go func() {
		var never chan bool
		never <- true
	}()
	wg.Wait()
}
