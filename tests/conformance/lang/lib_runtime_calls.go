package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	fmt.Println(runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	wg.Wait()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		fmt.Println("goroutines while inside:", runtime.NumGoroutine())
		done <- true
	}()
	<-done
}
