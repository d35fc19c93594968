package main

import "fmt"

// A recursion deep enough to grow the goroutine stack several times (2 KiB -> ... -> 64 KiB
// in gosim): each frame holds a 16-word array, and results flow back through every frame.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

// Values on the stack keep their contents across the copies.
func fill(n int, acc []int) []int {
	var local [8]int
	for i := range local {
		local[i] = n * i
	}
	if n == 0 {
		return acc
	}
	acc = fill(n-1, acc)
	return append(acc, local[7])
}

func main() {
	fmt.Println("sum", depth(300))
	s := fill(200, nil)
	fmt.Println(len(s), s[0], s[99], s[199])
}
