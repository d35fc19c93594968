// Hello, goroutines: main starts three goroutines and waits for all of them.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run hello.go
package main

import (
	"fmt"
	"sync"
)

func main() {
	fmt.Println("hello, world")

	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("hello from goroutine", id)
		}(i)
	}
	wg.Wait()
	fmt.Println("all goroutines done")
}
