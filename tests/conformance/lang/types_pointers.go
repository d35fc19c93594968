package main

import "fmt"

type node struct {
	val  int
	next *node
}

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v
	return &x
}

func main() {
	x := 1
	p := &x
	*p = 5
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	q := newInt(10)
	r := newInt(10)
	fmt.Println(*q == *r, q == r)
	n := new(node)
	fmt.Println(n.val, n.next == nil)
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for c := head; c != nil; c = c.next {
		fmt.Print(c.val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	e := &arr[2]
	*e *= 10
	fmt.Println(arr, len(ap))
	pp := &p
	**pp = 99
	fmt.Println(x)
	var np *int
	fmt.Println(np == nil)
	sp := &node{val: 7}
	sp.val++
	(*sp).val++
	fmt.Println(sp.val)
}
