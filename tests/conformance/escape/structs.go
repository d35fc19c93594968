// Structs with pointer fields, linked structures and values copied through interfaces.
package main

import "fmt"

type List struct {
	head *Elem
	size int
}

type Elem struct {
	next *Elem
	v    int
}

func (l *List) Push(v int) {
	l.head = &Elem{next: l.head, v: v}
	l.size++
}

func (l *List) Sum() int {
	t := 0
	for e := l.head; e != nil; e = e.next {
		t += e.v
	}
	return t
}

func build() int {
	var l List
	l.Push(1)
	l.Push(2)
	return l.Sum()
}

func newList() *List {
	l := List{}
	return &l
}

type Pair struct {
	a, b *int
}

func makePair(x, y *int) Pair {
	return Pair{x, y}
}

func first(p Pair) *int {
	return p.a
}

func swap(p *Pair) {
	p.a, p.b = p.b, p.a
}

type Stringer interface{ String() string }

type Name struct{ s string }

func (n Name) String() string { return n.s }

func describe(s Stringer) string {
	return "<" + s.String() + ">"
}

func arrayOfPtrs() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

func main() {
	fmt.Println(build(), newList().size)
	x, y := 1, 2
	p := makePair(&x, &y)
	swap(&p)
	fmt.Println(*first(p), describe(Name{"n"}), arrayOfPtrs())
}
