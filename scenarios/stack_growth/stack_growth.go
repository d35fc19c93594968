package main

import "fmt"

// depth recurses n levels. Each level's frame holds a 16-word array, so a few levels fill a
// 2 KiB stack: the prologue's stack check fails, newstack doubles the stack, copystack moves
// every frame to the new range, and the recursion goes on.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16]
}

func main() {
	fmt.Println("sum of the levels:", depth(150))
}
