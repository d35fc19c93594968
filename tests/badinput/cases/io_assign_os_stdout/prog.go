package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout = os.Stderr
	fmt.Fprintln(os.Stdout, "x")
}
