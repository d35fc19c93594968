package main

import "fmt"

func Counter[T ~int | ~float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	seen := map[K]V{}
	return func(k K) V {
		if v, ok := seen[k]; ok {
			return v
		}
		v := f(k)
		seen[k] = v
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	c := Counter(2)
	c()
	fmt.Println(c(), c())
	fc := Counter(0.5)
	fc()
	fmt.Println(fc())
	calls := 0
	slow := func(n int) int { calls++; return n * n }
	fast := Memo(slow)
	fmt.Println(fast(4), fast(4), fast(5), calls)
	h := Compose(func(s string) int { return len(s) }, func(n int) bool { return n > 3 })
	fmt.Println(h("go"), h("gopher"))
	fmt.Printf("%T\n", h)
}
