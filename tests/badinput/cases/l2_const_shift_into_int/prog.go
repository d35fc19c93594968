package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big >> 98)
	var f float64 = 1 << 200
	fmt.Println(f)
	var n int = 1 << 130
	fmt.Println(n)
}
