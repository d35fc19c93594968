package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func ToSlice[T any](l *List[T]) []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func main() {
	var l List[string]
	for _, w := range []string{"one", "two", "three"} {
		l.PushFront(w)
	}
	l.Each(func(i int, s string) { fmt.Println(i, s) })
	l.Reverse()
	fmt.Println(ToSlice(&l), l.size)
	nums := &List[float64]{}
	nums.PushFront(1.5)
	nums.PushFront(2.5)
	fmt.Println(ToSlice(nums))
	fmt.Printf("%T %T\n", l.head, nums)
}
