// Worker pools: three workers share a jobs channel; results are collected and summed.
package main

import (
	"fmt"
	"sort"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		time.Sleep(10 * time.Millisecond)
		results <- j * 2
	}
	_ = id
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var got []int
	for a := 1; a <= numJobs; a++ {
		got = append(got, <-results)
	}
	sort.Ints(got)
	fmt.Println(got)
}
