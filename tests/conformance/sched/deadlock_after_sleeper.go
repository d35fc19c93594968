package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper woke and exits without sending")
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("second sleeper blocks on c too")
		<-c
	}()
	fmt.Println("main blocks")
	<-c
}
