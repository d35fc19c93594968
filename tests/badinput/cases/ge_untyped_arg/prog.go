package main

func Same[T any](a, b T) {}

func main() {
	Same(1, 2.5)
	var i int
	Same(i, "s")
}
