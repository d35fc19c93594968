package lib

import "fmt"

var calls int

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	calls++
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func At[T any](xs []T, i int) T {
	calls++
	return xs[i]
}

func Calls() string { return fmt.Sprint("calls=", calls) }
