package main

import "fmt"

var sink *[1 << 40]byte

func main() {
	var a [1 << 40]byte
	sink = &a
	fmt.Println(len(sink))
}
