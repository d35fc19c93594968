package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.S * s.S }
func (s *Square) Name() string  { return "square" }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) Name() string   { return "circle" }

type Grower interface {
	Grow(k float64)
}

func (s *Square) Grow(k float64) { s.S *= k }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	sq := &Square{2}
	shapes := []Shape{Rect{2, 3}, sq, Circle{1}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%s %v %T\n", s.Name(), s.Area(), s)
	}
	fmt.Println(total(shapes))
	var g Grower = sq
	g.Grow(3)
	fmt.Println(sq.S, shapes[1].Area())
	var s Shape
	fmt.Println(s == nil)
	s = Circle{2}
	if _, ok := s.(Grower); !ok {
		fmt.Println("circle cannot grow")
	}
	if gr, ok := shapes[1].(Grower); ok {
		gr.Grow(0.5)
		fmt.Println(sq.S)
	}
	var s2 Shape = Circle{2}
	fmt.Println(s == s2)
}
