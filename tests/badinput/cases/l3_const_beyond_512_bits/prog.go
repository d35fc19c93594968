package main

import "fmt"

const big = 1 << 100

func main() {
	const x = big * big * big * big * big * big
	fmt.Println(x >> 590)
}
