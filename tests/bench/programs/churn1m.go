package main

import "fmt"

// Goroutine churn (issue 20): create and finish 1M goroutines, two alive at a time. A
// long-running server does this all day; memory must stay flat (Go reuses dead Gs and their
// stacks: gfput/gfget).
func main() {
	const n = 1000000
	done := make(chan int)
	sum := 0
	for i := 0; i < n; i++ {
		go func(i int) { done <- i }(i)
		sum += <-done
	}
	fmt.Println(sum)
}
