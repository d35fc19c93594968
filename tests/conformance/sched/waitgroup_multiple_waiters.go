package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var work, waiters sync.WaitGroup
	var log []string
	work.Add(1)
	for _, name := range []string{"w1", "w2", "w3"} {
		waiters.Add(1)
		go func(n string) {
			defer waiters.Done()
			work.Wait()
			log = append(log, n)
		}(name)
	}
	runtime.Gosched()
	log = append(log, "main releases")
	work.Done()
	waiters.Wait()
	fmt.Println(log)
}
