package main

import "fmt"

const big = 1 << 100

func main() {
	const x = big * big / big >> 90
	fmt.Println(x)
}
