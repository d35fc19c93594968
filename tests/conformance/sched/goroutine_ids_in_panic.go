package main

import (
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { done <- true }()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	runtime.Gosched()
	go func() {
		time.Sleep(time.Millisecond)
		panic("from a later goroutine")
	}()
	time.Sleep(time.Second)
}
