package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "x")
	f, _ := os.Open("x")
	fmt.Println(f)
}
