// Goroutines are cheap: a go statement is a call to runtime.newproc, a 2 KiB stack and a slot
// in the P's run queue; the creator keeps running.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg)
	}
	fmt.Println("main: started 4 workers")
	wg.Wait()
	fmt.Println("main: all done")
}
