package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GOMAXPROCS returns the previous setting; n <= 0 only queries. Growing and shrinking
// stops the world; once back at one P, the spawn order is runnext's again.
func main() {
	fmt.Println("query:", runtime.GOMAXPROCS(0))
	fmt.Println("negative queries too:", runtime.GOMAXPROCS(-1))
	fmt.Println("set 4, was:", runtime.GOMAXPROCS(4))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("set 4 again, was:", runtime.GOMAXPROCS(4))
	fmt.Println("set 2, was:", runtime.GOMAXPROCS(2))
	fmt.Println("back to 1, was:", runtime.GOMAXPROCS(1))
	fmt.Println("now:", runtime.GOMAXPROCS(0))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("order with one P:", order)

	// A goroutine may change it too; main sees the new value.
	done := make(chan int)
	go func() {
		done <- runtime.GOMAXPROCS(3)
	}()
	fmt.Println("goroutine set 3, was:", <-done)
	fmt.Println("main sees:", runtime.GOMAXPROCS(1))
}
