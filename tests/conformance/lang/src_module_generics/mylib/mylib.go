// Package mylib holds generic helpers used by main.
package mylib

// Number is a constraint with a type set.
type Number interface {
	~int | ~int64 | ~float64
}

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Sum adds the elements.
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

// Stack is a generic LIFO stack.
type Stack[T any] struct {
	items []T
}

// Push adds an item.
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Pop removes the top item.
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Len is the number of items.
func (s *Stack[T]) Len() int { return len(s.items) }

// Pair holds two values.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// NewPair makes a Pair.
func NewPair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }
