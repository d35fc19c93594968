// runnext: the last goroutine started runs first.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
// Real Go prints the same order on every run: 9 0 1 2 3 4 5 6 7 8.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("goroutine", id)
		}(i)
	}
	wg.Wait()
	fmt.Println("main: all ten finished")
}
