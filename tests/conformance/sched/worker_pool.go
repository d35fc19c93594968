package main

import (
	"fmt"
	"sync"
)

type result struct {
	worker, job, out int
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{w, j, j * j}
			}
		}(w)
	}
	for j := 1; j <= 7; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Printf("worker %d: job %d -> %d\n", r.worker, r.job, r.out)
	}
}
