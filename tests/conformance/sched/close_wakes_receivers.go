package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	c := make(chan int)
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, ok := <-c
			order = append(order, i)
			_ = v
			_ = ok
		}(i)
		runtime.Gosched()
	}
	close(c)
	wg.Wait()
	fmt.Println(order)
}
