package main

import "fmt"

// Method expressions: T.M and (*T).M as ordinary functions whose first parameter is the receiver.

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Flag bool

func (f Flag) Show(prefix string, n int8) string { return fmt.Sprint(prefix, bool(f), n) }

func (f Flag) Tiny(n int8) int8 {
	if f {
		return n * 2
	}
	return n
}

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s) * int(s) }

func apply(pts []Point, f func(Point, Point) Point, d Point) []Point {
	out := make([]Point, 0, len(pts))
	for _, p := range pts {
		out = append(out, f(p, d))
	}
	return out
}

func main() {
	add := Point.Add
	fmt.Println(add(Point{1, 2}, Point{3, 4}))
	fmt.Println(apply([]Point{{0, 0}, {5, 5}}, Point.Add, Point{1, -1}))
	scale := (*Point).Scale
	p := Point{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	str := (*Point).String
	fmt.Println(str(&p), Point.String(p))
	show := Flag.Show
	fmt.Println(show(true, "flag=", 7))
	tiny := Flag.Tiny
	fmt.Println(tiny(true, 3), tiny(false, 3))
	area := Shape.Area
	fmt.Println(area(Sq(4)))
	fs := []func(Point) string{Point.String}
	fmt.Println(fs[0](Point{9, 9}))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
	defer fmt.Println(Point.Add(p, p))
	var np *Point
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(str(np))
}
