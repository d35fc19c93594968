package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool, 3)
	for _, name := range []string{"x", "y", "z"} {
		go func(n string) {
			for i := 0; i < 3; i++ {
				fmt.Print(n, i, " ")
				runtime.Gosched()
			}
			done <- true
		}(name)
	}
	for i := 0; i < 3; i++ {
		fmt.Print("main", i, " ")
		runtime.Gosched()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println()
}
