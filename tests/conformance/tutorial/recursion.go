// Recursion: factorial, Fibonacci through a recursive closure, and the towers of Hanoi.
package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
}
