package main

import "unsafe"

func main() {
	var x int64
	println(unsafe.Sizeof(x))
}
