package main

import "fmt"

func main() {
	c := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 0; i < 8; i++ {
			c <- i
			fmt.Println("sent", i, "len", len(c))
		}
		close(c)
		fmt.Println("producer closed")
	}()
	go func() {
		for v := range c {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	<-done
	fmt.Println("main done")
}
