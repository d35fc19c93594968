package main

type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) U { return f(b.v) }

func main() {}
