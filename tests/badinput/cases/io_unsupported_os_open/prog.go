package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("nosuch.txt")
	fmt.Println(f, err)
}
