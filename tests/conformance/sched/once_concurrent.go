package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	winner := -1
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() {
				winner = i
				calls++
			})
		}(i)
	}
	wg.Wait()
	fmt.Println("winner", winner, "calls", calls)
}
