package main

import "fmt"

func main() {
	n := 3
	b := make([]byte, n, n-5)
	fmt.Println(len(b))
}
