package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred runs")
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
