package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")
}
