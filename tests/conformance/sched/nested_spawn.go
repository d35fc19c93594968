package main

import (
	"fmt"
	"sync"
)

var (
	mu  sync.Mutex
	log []string
	wg  sync.WaitGroup
)

func record(s string) {
	mu.Lock()
	log = append(log, s)
	mu.Unlock()
}

func node(name string, depth int) {
	defer wg.Done()
	record(name)
	if depth == 0 {
		return
	}
	for _, suffix := range []string{"L", "R"} {
		wg.Add(1)
		go node(name+suffix, depth-1)
	}
	record(name + "-spawned")
}

func main() {
	wg.Add(1)
	go node("root", 2)
	wg.Wait()
	for _, s := range log {
		fmt.Println(s)
	}
}
