package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Swap[A, B comparable](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Val, p.Key} }

type Box[T any] struct{ inner T }

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	q := Swap(p)
	fmt.Printf("%v %T\n", q, q)
	var b Box[Pair[string, int]]
	b.inner = p
	fmt.Printf("%T %+v\n", b, b.inner.Key)
	bs := []Box[[]int]{{[]int{1}}}
	fmt.Printf("%T\n", bs)
	m := map[string]Pair[int, bool]{"x": {1, true}}
	fmt.Printf("%T %v\n", m, m["x"])
	var e fmt.Stringer = MakePair(1.5, "f")
	fmt.Println(e.String())
}
