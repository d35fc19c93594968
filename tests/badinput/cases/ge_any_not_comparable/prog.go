package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var x, y any
	_ = Eq(x, y)
}
