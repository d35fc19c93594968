package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	sem := make(chan struct{}, 2)
	var log []string
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			log = append(log, fmt.Sprint("start", i))
			runtime.Gosched()
			log = append(log, fmt.Sprint("end", i))
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println(log)
}
