package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			log = append(log, fmt.Sprint("lock", i))
			runtime.Gosched()
			log = append(log, fmt.Sprint("unlock", i))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
}
