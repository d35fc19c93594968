package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "x")
	err := os.Rename("x", "y")
	fmt.Println(err)
}
