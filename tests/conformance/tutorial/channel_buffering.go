// Channel buffering: a buffered channel accepts values without a receiver, up to its capacity.
package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
