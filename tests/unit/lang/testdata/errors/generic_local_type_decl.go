package main

import "fmt"

// Go 1.19's compiler refuses a type declaration inside a generic function or a method of a
// generic type (its noder, after type checking), even where the function is never
// instantiated, and inside a closure of one; a non-generic function may declare types.
func Pairs[T any](xs []T) {
	type pair struct{ a, b T }
	fmt.Println(pair{xs[0], xs[1]})
}

type Box[T any] struct{ v T }

func (b *Box[T]) Show() {
	f := func() {
		type (
			shown struct{ v T }
			other int
		)
		fmt.Println(shown{b.v}, other(1))
	}
	f()
}

func Unused[K comparable]() {
	type key struct{ k K }
	_ = key{}
}

func main() {
	type local struct{ n int }
	Pairs([]int{1, 2})
	fmt.Println(local{1})
}
