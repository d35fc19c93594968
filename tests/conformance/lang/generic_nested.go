package main

import "fmt"

type Tree[T interface{ ~int | ~string }] struct {
	root *leaf[T]
}

type leaf[T interface{ ~int | ~string }] struct {
	v           T
	left, right *leaf[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = insert(t.root, v)
}

func insert[T interface{ ~int | ~string }](n *leaf[T], v T) *leaf[T] {
	if n == nil {
		return &leaf[T]{v: v}
	}
	if v < n.v {
		n.left = insert(n.left, v)
	} else {
		n.right = insert(n.right, v)
	}
	return n
}

func (t *Tree[T]) Walk(visit func(T)) { walk(t.root, visit) }

func walk[T interface{ ~int | ~string }](n *leaf[T], visit func(T)) {
	if n == nil {
		return
	}
	walk(n.left, visit)
	visit(n.v)
	walk(n.right, visit)
}

type Graph[K comparable] struct {
	edges map[K][]K
}

type Index[K comparable, V any] struct {
	byKey map[K]*Tree[int]
	extra []V
}

func main() {
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	ts := &Tree[string]{}
	for _, s := range []string{"m", "c", "x"} {
		ts.Insert(s)
	}
	var out []string
	ts.Walk(func(s string) { out = append(out, s) })
	fmt.Println(out)
	g := Graph[string]{edges: map[string][]string{"a": {"b", "c"}}}
	fmt.Println(len(g.edges["a"]))
	idx := Index[string, bool]{byKey: map[string]*Tree[int]{"t": &t}}
	fmt.Printf("%T %T\n", idx, idx.byKey)
}
