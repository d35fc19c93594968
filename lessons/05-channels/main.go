// Channels: a direct hand-off to a waiting receiver, a buffered channel's ring, a sender parked
// on a full buffer, close waking every receiver, and a send on a closed channel.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	// 1. Unbuffered: the receiver is already waiting when main sends.
	unbuf := make(chan int)
	go func() {
		v := <-unbuf
		fmt.Println("receiver got", v)
	}()
	runtime.Gosched() // let the receiver run and park
	unbuf <- 42

	// 2. Buffered: three slots, then a sender that finds the buffer full.
	buf := make(chan int, 3)
	buf <- 10
	buf <- 20
	buf <- 30
	go func() {
		buf <- 40
		fmt.Println("sender: 40 is in the buffer")
	}()
	runtime.Gosched() // let the sender run and park
	fmt.Println("main received", <-buf)

	// 3. close wakes every waiting receiver.
	ch := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func(id int) {
			v, ok := <-ch
			fmt.Println("waiter", id, "got", v, ok)
			wg.Done()
		}(id)
	}
	runtime.Gosched() // let the three waiters park
	close(ch)
	wg.Wait()

	// 4. A send on a closed channel.
	defer func() { fmt.Println("recovered:", recover()) }()
	ch <- 1
}
