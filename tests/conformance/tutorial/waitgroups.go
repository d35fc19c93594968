// WaitGroups: wait for several goroutines; each records its result by index.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, out []string) {
	time.Sleep(time.Duration(10*(6-id)) * time.Millisecond)
	out[id-1] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		i := i
		go func() {
			defer wg.Done()
			worker(i, out)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
