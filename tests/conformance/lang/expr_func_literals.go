package main

import "fmt"

func main() {
	v := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(v)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	sq := func(x float64) float64 { return x * x }
	fmt.Println(sq(1.5))
	func() {
		fmt.Println("immediate")
	}()
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10} {
		k := k
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5))
	pair := func() (int, string) { return 7, "seven" }
	n, s := pair()
	fmt.Println(n, s)
	variadic := func(prefix string, xs ...int) string {
		return fmt.Sprint(prefix, len(xs), xs)
	}
	fmt.Println(variadic("a"), variadic("b", 1, 2), variadic("c", []int{4, 5, 6}...))
}
