package main

import (
	"fmt"
	"runtime"
	"sync"
)

func runs(order []int) string {
	s := ""
	start := 0
	for k := 1; k <= len(order); k++ {
		if k == len(order) || order[k] != order[k-1]+1 {
			if start == k-1 {
				s += fmt.Sprint(order[start], " ")
			} else {
				s += fmt.Sprint(order[start], "-", order[k-1], " ")
			}
			start = k
		}
	}
	return s
}

func spawn(n int) []int {
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			order = append(order, i)
			wg.Done()
		}(i)
	}
	wg.Wait()
	return order
}

func main() {
	runtime.Gosched()
	fmt.Println(runs(spawn(256)))
	fmt.Println(runs(spawn(257)))
}
