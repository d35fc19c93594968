package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	a[0] = 20
	fmt.Println(base)
	a = append(a, 50)
	fmt.Println(base, a)
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 40)
	b = append(b, 41)
	b[0] = -2
	fmt.Println(base, b)
	c := base[:0]
	for _, v := range base {
		if v%2 == 0 {
			c = append(c, v)
		}
	}
	fmt.Println(c, base)
	d := a[1:cap(a)]
	fmt.Println(d, len(d), cap(d))
	var e []int
	f := e[:]
	fmt.Println(e == nil, f == nil, len(f))
	g := make([]int, 0, 10)
	h1 := append(g, 1)
	h2 := append(g, 2)
	fmt.Println(h1, h2)
}
