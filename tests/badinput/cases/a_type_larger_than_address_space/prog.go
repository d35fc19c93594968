package main

var x [9223372036854775807]string

func main() {
	println(len(x))
}
