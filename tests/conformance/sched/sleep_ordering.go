package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	delays := []int{30, 10, 50, 20, 40}
	var wg sync.WaitGroup
	for _, d := range delays {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			fmt.Println("woke after", d, "ms")
		}(d)
	}
	wg.Wait()
	fmt.Println("all awake")
}
