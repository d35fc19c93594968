package main

import "example.com/gt/lib"

func main() {
	println(lib.At([]int{1, 2}, 1))
	println(lib.At([]string{"a"}, 2))
}
