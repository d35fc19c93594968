package main

import "fmt"

type Celsius = float64
type Point struct{ X, Y int }
type P = Point
type PP = *Point
type Handler = func(string) int
type Matrix = [2][2]int
type Any = interface{}

func (p P) Sum() int { return p.X + p.Y }

func apply(h Handler, s string) int { return h(s) }

func main() {
	var c Celsius = 21.5
	var f float64 = c
	fmt.Println(c, f)
	fmt.Printf("%T %T\n", c, P{})
	p := P{1, 2}
	var q Point = p
	fmt.Println(p.Sum(), q.Sum())
	var pp PP = &q
	pp.X = 10
	fmt.Println(q, *pp)
	fmt.Println(apply(func(s string) int { return len(s) }, "hello"))
	var m Matrix
	m[1][1] = 4
	fmt.Println(m)
	var a Any = p
	if v, ok := a.(Point); ok {
		fmt.Println("point", v)
	}
	type local = []string
	l := local{"a", "b"}
	fmt.Println(len(l), l)
	var b byte = 'x'
	var r rune = 'y'
	fmt.Printf("%T %T\n", b, r)
}
