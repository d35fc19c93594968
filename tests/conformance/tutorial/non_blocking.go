// Non-blocking channel operations: select with a default case.
package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	buf := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case buf <- i:
			fmt.Println("queued", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
}
