package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "x")
	err := os.Symlink("x", "y")
	fmt.Println(err)
}
