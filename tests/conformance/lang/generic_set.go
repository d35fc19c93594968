package main

import "fmt"

type Set[T comparable] struct {
	m     map[T]struct{}
	order []T
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) bool {
	if _, ok := s.m[x]; ok {
		return false
	}
	s.m[x] = struct{}{}
	s.order = append(s.order, x)
	return true
}

func (s *Set[T]) Has(x T) bool {
	_, ok := s.m[x]
	return ok
}

func (s *Set[T]) Items() []T { return s.order }

func Union[T comparable](a, b *Set[T]) *Set[T] {
	u := NewSet[T](a.Items()...)
	for _, x := range b.Items() {
		u.Add(x)
	}
	return u
}

type point struct{ x, y int }

func main() {
	s := NewSet("go", "rust", "go", "zig")
	fmt.Println(s.Items(), s.Has("go"), s.Has("c"))
	t := NewSet("c", "go")
	fmt.Println(Union(s, t).Items())
	ps := NewSet(point{1, 2}, point{1, 2}, point{3, 4})
	fmt.Println(len(ps.Items()), ps.Has(point{3, 4}))
	fmt.Println(ps.Add(point{5, 6}), ps.Add(point{5, 6}))
	fmt.Printf("%T\n", ps)
}
