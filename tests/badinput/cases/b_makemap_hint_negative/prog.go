package main

import "fmt"

func main() {
	n := -1
	m := make(map[int]int, n)
	fmt.Println(len(m))
}
