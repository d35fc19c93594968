package main

// The first GC cycle starts one mark-worker goroutine per P (gcBgMarkStartWorkers), and each
// takes a goroutine id: with GOMAXPROCS=1 the goroutines created after the first runtime.GC are
// numbered one higher than without it, and the deadlock dump shows those ids.

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
	for i := 0; i < 200; i++ {
		sink = append(sink, make([]byte, 64<<10))
	}
	runtime.GC()
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("worker", i)
			done <- i
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	var never chan int
	go func() { <-never }()
	<-never
}
