package main

import "fmt"

// A tutorial-style example: shapes sharing a base through embedding.

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func NewSquare(s float64) Square { return Square{Rect{base{"square"}, s, s}} }

type Circle struct {
	base
	R float64
}

func (c Circle) Area() float64      { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }

// Name is overridden at depth 0: it hides base.Name.
func (c Circle) Name() string { return "circle(" + c.base.Name() + ")" }

func main() {
	shapes := []Shape{
		Rect{base{"rect"}, 3, 4},
		NewSquare(2),
		Circle{base{"c1"}, 1},
	}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %-12s area=%6.2f perim=%6.2f\n", i, s.Name(), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Println("total", total)
	sq := NewSquare(5)
	fmt.Println(sq.W, sq.Rect.H, sq.name, sq.Rect.base.name)
	sq.W = 6
	fmt.Println(sq.Area(), sq)
	fmt.Printf("%+v\n", sq)
	for _, s := range shapes {
		switch v := s.(type) {
		case Square:
			fmt.Println("square of side", v.W)
		case Rect:
			fmt.Println("rect", v.W, "x", v.H)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
}
