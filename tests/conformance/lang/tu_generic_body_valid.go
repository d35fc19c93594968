// Generic bodies Go accepts, which gosim's one check of each body with its type parameters must
// accept too: operators of a type set, == under comparable, methods of the constraint, calls of
// other generics with type parameters, closures, conversions, and a generic never instantiated.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int32 | ~float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x * 2 / 2
	}
	return s
}

func Max[T ~int | ~float64 | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Average[T Number](xs []T) float64 {
	total := Reduce(xs, T(0), func(a T, x T) T { return a + x })
	return float64(total) / float64(len(xs))
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Unused[T any](x T) T {
	var zero T
	_ = zero
	return x
}

type Temp struct{ C Celsius }

func (t Temp) String() string { return strconv.FormatFloat(float64(t.C), 'f', 1, 64) + "C" }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Celsius{1.5, 2}), Sum([]int32{7}))
	fmt.Println(Max(3, 9), Max(2.5, -1.0), Max("go", "gopher"))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Celsius{1, 2}, 3))
	fmt.Println(Join([]Temp{{20}, {21.5}}, ", "))
	fmt.Println(Map([]int{1, 2}, strconv.Itoa), Average([]int{1, 2, 4}))
	fmt.Println(Keys(map[string]bool{"x": true, "y": false}))
}
