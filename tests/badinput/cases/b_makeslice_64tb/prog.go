package main

import "fmt"

func main() {
	n := 1 << 46
	b := make([]byte, n)
	fmt.Println(len(b))
}
