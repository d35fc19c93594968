package main

func main() {
	x := [1 << 31]byte{}
	println(len(x))
}
