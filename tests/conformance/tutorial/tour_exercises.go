// A Tour of Go exercises without images: Loops and Functions (Newton's square root), Maps (word
// count), Slices (the picture as numbers), Fibonacci closure.
package main

import (
	"fmt"
	"strings"
)

func Sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x ^ y) * (x + y))
		}
	}
	return p
}

func main() {
	fmt.Println(Sqrt(2), Sqrt(9))
	fmt.Println(WordCount("I am learning Go! Go is fun and I am happy"))
	for _, row := range Pic(6, 4) {
		fmt.Println(row)
	}
}
