package main

import "fmt"

func Scale[S ~[]E, E ~int | ~float64](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func First[T any](xs ...T) T { return xs[0] }

func Ptr[T any](v T) *T { return &v }

func main() {
	v := Vec{1, -2, 3}
	w := Scale(v, 2)
	fmt.Println(w, w.Norm1())
	fmt.Printf("%T\n", w)
	fmt.Println(Scale([]int{1, 2}, 3))
	fmt.Printf("%T %T %T\n", First(1, 2), First(1.5), First('a'))
	p := Ptr(10)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Printf("%T\n", Ptr[uint8](3))
}
