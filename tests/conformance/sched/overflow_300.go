package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runs prints a list of goroutine indices compactly: "3 5-9 12".
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

func main() {
	runtime.Gosched()
	const n = 300
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	// The exact position at which the scheduler first polls the global queue depends on
	// schedtick%61 when main blocks, which varies from run to run; the orders below do not.
	var moved, stayed []int
	for _, i := range order {
		if i < 128 || i == 256 {
			moved = append(moved, i)
		} else {
			stayed = append(stayed, i)
		}
	}
	fmt.Println("ran:", len(order), "first:", order[0], "last:", order[len(order)-1])
	fmt.Println("moved to the global queue, in run order:", runs(moved))
	fmt.Println("kept in the local queue, in run order:", runs(stayed))
}
