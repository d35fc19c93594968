package main

import (
	"fmt"

)

type Stringer interface {
	String() string
}

type StringableInt interface {
	~int | ~int64
	String() string
}

type Count int

func (c Count) String() string { return fmt.Sprint("count:", int(c)) }

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Double[T StringableInt](x T) string {
	return (x * 2).String()
}

type Integer interface{ ~int | ~int64 }

type Signed interface {
	Integer
	~int | ~int8
}

func Abs[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Join([]Count{1, 2, 3}, ", "))
	fmt.Println(Double(Count(21)))
	fmt.Println(Abs(-7), Abs(Count(-3)))
	type Ages map[string]int
	fmt.Println(Keys(Ages{"a": 1, "b": 2}))
}
