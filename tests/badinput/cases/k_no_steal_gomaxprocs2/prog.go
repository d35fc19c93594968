package main

import "sync"

// Several goroutines at GOMAXPROCS=2 with stealing switched off: P1 finds P0's queue full of
// work it may not take and must go idle (stopm), leaving P0 to run everything. Before the fix
// the spinning M went back to the top of findRunnable for ever without an event.
func main() {
	var wg sync.WaitGroup
	sum := 0
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			s := 0
			for j := 0; j < 1000; j++ {
				s += j * n
			}
			mu.Lock()
			sum += s
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	println("sum", sum)
}
