// A file read is a blocking system call: while main reads notes.txt from a slow disk, its M is
// stuck in the kernel and sysmon hands the only P to another M, so the counter keeps running.
package main

import (
	"fmt"
	"os"
	"sync"
)

func count(wg *sync.WaitGroup, n int, out *int) {
	defer wg.Done()
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	*out = s
}

func main() {
	var wg sync.WaitGroup
	var sum int
	wg.Add(1)
	go count(&wg, 20000, &sum)
	data, err := os.ReadFile("notes.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	wg.Wait()
	fmt.Println(len(data), "bytes read;", "sum", sum)
}
