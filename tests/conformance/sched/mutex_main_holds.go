package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	runtime.Gosched()
	fmt.Println("waiting goroutines:", runtime.NumGoroutine()-1)
	mu.Unlock()
	wg.Wait()
	fmt.Println(order)
}
