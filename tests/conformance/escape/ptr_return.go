// Pointers that outlive the frame: returned, stored in a global, or only read.
package main

import "fmt"

type Point struct{ X, Y int }

var global *Point

func newPoint() *Point {
	p := Point{1, 2}
	return &p
}

func newPointLit() *Point {
	return &Point{3, 4}
}

func newWithNew() *Point {
	p := new(Point)
	p.X = 5
	return p
}

func localOnly() int {
	p := &Point{1, 1}
	return p.X + p.Y
}

func identity(p *Point) *Point {
	return p
}

func store(p *Point) {
	global = p
}

func readOnly(p *Point) int {
	return p.X * p.Y
}

func deref(pp **Point) *Point {
	return *pp
}

func storeLocal() {
	p := Point{7, 8}
	global = &p
}

func field(p *Point) *int {
	return &p.X
}

func twoResults(a, b *Point) (*Point, *Point) {
	return b, a
}

func main() {
	a := newPoint()
	b := newPointLit()
	c := newWithNew()
	fmt.Println(a.X, b.X, c.X, localOnly())
	q := Point{9, 9}
	r := identity(&q)
	store(r)
	fmt.Println(readOnly(r))
	pp := &q
	fmt.Println(deref(&pp).Y)
	storeLocal()
	x, y := twoResults(a, b)
	fmt.Println(*field(x), y.Y)
}
