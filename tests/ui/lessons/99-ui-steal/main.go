// The UI test's lesson program: main starts 16 busy goroutines on one P; three idle Ps steal
// them (a copy of scenarios/work_stealing, so the fixture does not move when that scenario does).
//
// Run it with real Go to compare: GOMAXPROCS=4 go run main.go
package main

import (
	"fmt"
	"sync"
)

// work is a CPU-bound loop of about 250 µs of virtual time.
func work(id int) int {
	sum := 0
	for i := 0; i < 20000; i++ {
		sum += i % (id + 3)
	}
	return sum
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = work(id)
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("16 goroutines done, total", total)
}
