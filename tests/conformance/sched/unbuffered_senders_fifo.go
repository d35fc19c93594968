package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan string)
	for _, name := range []string{"first", "second", "third", "fourth"} {
		go func(n string) {
			c <- n
		}(name)
		runtime.Gosched()
	}
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
}
