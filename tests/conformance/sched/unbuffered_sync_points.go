package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("sender: sending", i)
			c <- i
			fmt.Println("sender: sent", i)
		}
		close(c)
	}()
	for v := range c {
		fmt.Println("receiver: got", v)
	}
	fmt.Println("receiver: channel closed")
}
