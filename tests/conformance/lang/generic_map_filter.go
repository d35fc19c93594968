package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
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

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(even)
	sum := Reduce(even, 0, func(a, n int) int { return a + n })
	fmt.Println("sum", sum)
	words := Map(nums, func(n int) string { return fmt.Sprint("n", n) })
	fmt.Println(words, len(words))
	strs := Map[int, string](nums[:2], func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Printf("%v %T\n", strs, strs)
	total := Reduce(words, "", func(a string, w string) string { return a + w })
	fmt.Println(total)
}
