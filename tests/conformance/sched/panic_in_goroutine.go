package main

import (
	"fmt"
	"sync"
)

var done []int

func task(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 2 {
		panic(fmt.Sprint("task 2 failed; finished before it: ", done))
	}
	done = append(done, id)
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go task(i, &wg)
	}
	wg.Wait()
	fmt.Println("unreachable")
}
