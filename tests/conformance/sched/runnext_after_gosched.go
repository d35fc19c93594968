package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.Gosched()
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}(name)
	}
	wg.Wait()
	fmt.Println(order)
}
