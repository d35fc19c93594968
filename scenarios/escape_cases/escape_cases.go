package main

import "fmt"

type point struct{ x, y int }

// 1. A returned pointer: p outlives the call, so the compiler moves it to the heap.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// 2. A closure that outlives its function captures n by reference: n moves to the heap.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// 3. A value converted to an interface that escapes (fmt.Println keeps its arguments).
func show(v int) {
	fmt.Println("show:", v)
}

// 4. Too large for the stack: an implicit allocation over 64 KiB goes to the heap.
func big() int {
	buf := make([]int, 10000) // 80000 bytes
	buf[9999] = 1
	return len(buf)
}

// 5. A make whose size is not a constant: the compiler cannot reserve frame space for it.
func dynamic(n int) int {
	s := make([]int, n)
	return len(s)
}

// And one that stays: small, constant size, never leaves the function.
func stays() int {
	s := make([]int, 8)
	a := point{1, 2}
	q := &a
	return len(s) + q.x
}

func main() {
	p := newPoint(1, 2)
	next := counter()
	next()
	show(p.x + next())
	fmt.Println(big(), dynamic(5), stays())
}
