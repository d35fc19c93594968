// A producer fills a buffered channel and blocks on the full buffer; the consumer drains it.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run chan_full.go
package main

import "fmt"

func main() {
	jobs := make(chan int, 2)
	done := make(chan string)
	var names = []string{"a", "b"}
	go func() { // consumer: created first, so it runs after the producer (runnext)
		sum := 0
		for v := range jobs {
			sum += v
		}
		done <- fmt.Sprint("sum ", sum, " ", names[0])
	}()
	go func() { // producer: 10 and 20 fill the buffer, 30 waits in sendq
		for i := 1; i <= 3; i++ {
			jobs <- i * 10
		}
		close(jobs)
	}()
	fmt.Println(<-done)
}
