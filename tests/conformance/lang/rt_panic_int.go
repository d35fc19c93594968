package main

import "fmt"

func pick(codes []int, i int) int {
	if codes[i] < 0 {
		panic(codes[i] * -1)
	}
	return codes[i]
}

func main() {
	defer fmt.Println("deferred calls still run")
	codes := []int{7, -42}
	fmt.Println(pick(codes, 0))
	fmt.Println(pick(codes, 1))
}
