package main

import "fmt"

func alloc(n int) []int {
	return make([]int, n)
}

func main() {
	fmt.Println(len(alloc(3)))
	fmt.Println(len(alloc(-1)))
}
