package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs []int, results []int, log *[]string, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for _, j := range jobs {
		sum += j * id
	}
	results[id] = sum
	*log = append(*log, fmt.Sprint("w", id))
}

func main() {
	jobs := []int{1, 2, 3, 4}
	results := make([]int, 6)
	var log []string
	var wg sync.WaitGroup
	for id := 0; id < 6; id++ {
		wg.Add(1)
		go worker(id, jobs, results, &log, &wg)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(log)
}
