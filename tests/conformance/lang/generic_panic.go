package main

import "fmt"

func At[T any](xs []T, i int) T {
	return xs[i]
}

func MustPositive[T ~int | ~float64](x T) T {
	if x <= 0 {
		panic(fmt.Sprintf("not positive: %v", x))
	}
	return x
}

func main() {
	fmt.Println(At([]string{"a", "b"}, 1))
	fmt.Println(MustPositive(2.5))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(At([]int{1, 2, 3}, 5))
	}()
	MustPositive(-1)
}
