package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	fmt.Println("spawned:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("all parked:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	fmt.Println("after wait:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("after gosched:", runtime.NumGoroutine())
}
