package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	defer fmt.Println("deferred calls do not run after a fatal error")
	mu.Unlock()
}
