package main

import "fmt"

type big [1 << 20]byte

func main() {
	n := 1 << 29
	b := make([]big, n)
	fmt.Println(len(b))
}
