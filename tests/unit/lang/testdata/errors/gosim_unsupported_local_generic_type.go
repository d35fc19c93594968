package main

func main() {
	type Box[T any] struct{ v T }
}
