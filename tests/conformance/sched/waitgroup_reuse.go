package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait on a zero counter returns at once")
	for round := 1; round <= 3; round++ {
		var order []int
		for i := 0; i < round+1; i++ {
			wg.Add(1)
			go func(i int) {
				order = append(order, i)
				wg.Done()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, order)
	}
}
