package main

import "errors"

type Big struct {
	a [128]int
}

type P struct{ x, y int }

func f(a int, b float64, c string) (int, error) {
	if a > 0 {
		return a + len(c), nil
	}
	_ = b
	return 0, errors.New("neg")
}

func g(a [2]int, p P, s []int) (Big, error) {
	var b Big
	b.a[0] = a[0] + p.x + len(s)
	return b, nil
}

func many(a, b, c, d, e, f, g, h, i, j int) int { return a + b + c + d + e + f + g + h + i + j }

func leaf(x int) int { return x * 2 }

func (p *P) M(d int) int { return p.x + d }

func rec(n int) int {
	var buf [16]int
	buf[n%16] = n
	if n == 0 {
		return 0
	}
	return rec(n-1) + buf[0]
}

func main() {
	x, _ := f(1, 2, "s")
	b, _ := g([2]int{1, 2}, P{1, 2}, nil)
	p := &P{1, 2}
	println(x, b.a[0], many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), leaf(3), p.M(1), rec(10))
}

type Pair struct {
	name  string
	score float64
}

// Ten floats and a struct: X0-X14 hold 15 floats, the rest go to the stack.
func floats(a, b, c, d, e, f, g, h float64, p Pair, q Pair, r Pair, s Pair, t Pair, u Pair, v Pair) float64 {
	return a + b + c + d + e + f + g + h + p.score + q.score + r.score + s.score + t.score + u.score + v.score
}

func multi(s []int, m map[string]int, ch chan int, fn func() int) (x, y int, err error, ok bool) {
	return len(s), len(m) + cap(ch) + fn(), nil, true
}

func arr1(a [1]string, b [0]int, c bool) [1]int { return [1]int{len(a[0])} }

func init() {
	_ = floats(1, 2, 3, 4, 5, 6, 7, 8, Pair{}, Pair{}, Pair{}, Pair{}, Pair{}, Pair{}, Pair{})
	_, _, _, _ = multi(nil, nil, nil, func() int { return 1 })
	_ = arr1([1]string{"a"}, [0]int{}, true)
}
