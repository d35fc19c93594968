package main

import (
	"fmt"
	"runtime"
)

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("goroutine", i, "blocks")
			<-block
			fmt.Println("never printed")
		}(i)
	}
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("main returns; blocked goroutines do not delay exit")
}
