package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Stack[T any] struct{ items []T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Eq[T comparable](a, b T) bool { return a == b }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T fmt.Stringer](x T) string { return x.String() }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = Eq([]int{1}, nil)
	_ = Sum("a", "b")
	_ = Show(3)
	_ = Zero()
	f := Sum
	var s Stack
	var p Pair[int]
	_, _, _ = f, s, p
}
