package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

// Valid for every type in its type set: no error.
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Add[T any](a, b T) T { return a + b }

func Total[T comparable](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Peek() T { return s.items[lenght(s.items)-1] }

func Same[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(Add(1, 2), Sum([]int{1, 2}))
	var s Stack[string]
	s.Push("x")
}
