package main

import "fmt"

func depth(n int, path []int) int {
	if n == 0 {
		return path[len(path)]
	}
	return depth(n-1, append(path, n)) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(depth(3, nil))
}
