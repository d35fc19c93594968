// Program start: what the runtime does before main.main, and the order of package initialisation.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"runtime"
)

// total is declared first but needs price and count, so Go initialises it last.
var total = show("total", price*count)
var price = show("price", 3)
var count = show("count", 4)

func show(name string, v int) int {
	fmt.Println("var", name, "=", v)
	return v
}

func init() {
	fmt.Println("first init: total is", total)
}

func init() {
	fmt.Println("second init")
}

func main() {
	fmt.Println("main.main: NumGoroutine =", runtime.NumGoroutine())
}
