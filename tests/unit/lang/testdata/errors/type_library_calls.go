package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(wg sync.WaitGroup) {
	defer wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add()
	go worker(wg)
	wg.Wait(1)
	time.Sleep(100)
	time.Sleep(1.5)
	var d time.Duration = 5 * time.Second
	var n int = d
	fmt.Println(d.Seconds, n, time.Now().Sub())
	var mu sync.Mutex
	mu.lock()
}
