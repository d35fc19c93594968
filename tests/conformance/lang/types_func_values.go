package main

import "fmt"

type op func(int, int) int

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f op, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	ops := map[string]op{"+": add, "*": mul}
	fmt.Println(ops["+"](10, 5), ops["*"](10, 5))
	var f func(int) int
	fmt.Println(f == nil)
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	fmt.Println(mapInts([]int{1, 2, 3}, dbl))
	table := []func(int) int{inc, dbl, compose(inc, inc)}
	for i, g := range table {
		fmt.Println(i, g(10))
	}
	fmt.Printf("%T\n", apply)
	var o op = add
	fmt.Printf("%T %T\n", o, inc)
}
