package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func named() (n int, s string, ok bool) {
	n = 7
	return
}

func swap(a, b string) (string, string) { return b, a }

func forward() (int, int) { return divmod(17, 5) }

func sum3(a, b, c int) int { return a + b + c }

func pair() (int, int) { return 10, 20 }

func two(a, b int) int { return a*100 + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax([]int{4, -2, 9, 3})
	fmt.Println(lo, hi)
	n, s, ok := named()
	fmt.Printf("%d %q %t\n", n, s, ok)
	x, y := swap("left", "right")
	fmt.Println(x, y)
	_, r2 := forward()
	fmt.Println(r2)
	fmt.Println(two(pair()))
	fmt.Println(sum3(1, 2, 3))
}
