package main

func main() {
	x := 1 << 200
	_ = x
}
