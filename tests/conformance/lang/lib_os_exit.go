package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Println("before exit")
	println("to stderr")
	if len(os.Args) >= 1 {
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
