package main

import "fmt"

func main() {
	n := 1 << 40
	b := make([]byte, 10, n)
	fmt.Println(len(b))
}
