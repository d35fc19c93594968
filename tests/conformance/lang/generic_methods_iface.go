package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

func TotalArea[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Holder[T Shape] struct{ items []T }

func (h *Holder[T]) Add(s T) *Holder[T] {
	h.items = append(h.items, s)
	return h
}

func (h *Holder[T]) Largest() T {
	var best T
	for i, s := range h.items {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	fmt.Println(TotalArea([]Rect{{1, 2}, {3, 4}}))
	fmt.Println(TotalArea([]Shape{Rect{1, 1}, Circle{1}}))
	h := &Holder[Circle]{}
	h.Add(Circle{1}).Add(Circle{3}).Add(Circle{2})
	fmt.Println(h.Largest())
	var sh Shape = h.Largest()
	fmt.Printf("%T %v\n", sh, sh.Area())
}
