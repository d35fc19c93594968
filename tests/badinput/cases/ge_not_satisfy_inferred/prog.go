package main

func Cat[T ~string](a, b T) T { return a + b }

func main() {
	_ = Cat(1, 2)
}
