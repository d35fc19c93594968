// A deadlock: main waits for results that never come, because the workers wait for a
// channel nobody sends on. When the last thread goes idle, checkdead sees that nothing can
// ever run again and the runtime stops with a goroutine dump.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run deadlock.go
package main

import "fmt"

func worker(id int, start <-chan bool, results chan<- int) {
	<-start // nobody ever sends on start
	results <- id
}

func main() {
	start := make(chan bool)
	results := make(chan int)
	for i := 0; i < 2; i++ {
		go worker(i, start, results)
	}
	fmt.Println("waiting for results")
	fmt.Println(<-results)
}
