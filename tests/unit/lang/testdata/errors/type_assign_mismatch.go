package main

import "os"

func main() {
	x := 1
	var s string = x
	foo()
	var b byte = 300
	_ = b
}
