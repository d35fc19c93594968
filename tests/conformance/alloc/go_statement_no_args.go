// go_statement_no_args: go f() of a declared function needs no wrapper closure: nothing is allocated
// once dead Gs are reused (gfget).
package main

import (
	"fmt"
	"runtime"
)

var ch = make(chan int)

func worker() { ch <- 1 }

func main() {
	go worker()
	<-ch
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		go worker()
		<-ch
	}
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}
