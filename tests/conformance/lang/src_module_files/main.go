// Package main split over several files, as `go run .` builds it: declarations of one file
// are visible in the others, and init functions run in file order (counter.go before main.go).
package main

import "fmt"

func init() { fmt.Println("init in main.go") }

func main() {
	c := newCounter("clicks")
	for i := 0; i < 3; i++ {
		c.inc()
	}
	fmt.Println(c, limit, helper())
}
