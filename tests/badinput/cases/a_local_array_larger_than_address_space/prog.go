package main

func main() {
	var a [1 << 62]byte
	println(len(a))
}
