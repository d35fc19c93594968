package main

import "fmt"

func main() {
	n := 1 << 62
	b := make([]int64, n)
	fmt.Println(len(b))
}
