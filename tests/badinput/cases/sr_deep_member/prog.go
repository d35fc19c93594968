package main

import (
	"bufio"
	"fmt"
)

func main() {
	var r *bufio.Reader
	fmt.Println(r == nil)
}
