package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var log []string
	var wg sync.WaitGroup
	task := func(name string) {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			log = append(log, fmt.Sprint(name, i))
			runtime.Gosched()
		}
	}
	wg.Add(2)
	go task("A")
	go task("B")
	wg.Wait()
	fmt.Println(log)
}
