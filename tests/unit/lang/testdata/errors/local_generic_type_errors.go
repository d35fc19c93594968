package main

func main() {
	type Set[K comparable] map[K]bool
	type Box[T any] struct{ v T }
	var b Box
	s := Set[[]int]{}
	_, _ = b, s
	var n Box[int] = Box[string]{}
	_ = n
}
