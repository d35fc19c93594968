package main

var x [1 << 63]int

func main() {
	println(len(x))
}
