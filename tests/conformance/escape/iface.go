// Conversions to interfaces: the value is copied to new storage unless it is
// pointer-shaped; the storage escapes when the interface does.
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Square struct{ S int }

func (s *Square) Area() int { return s.S * s.S }

var sink interface{}
var shapes []Shape

func printInt(n int) {
	fmt.Println(n)
}

func toGlobal(n int) {
	sink = n
}

func localIface(n int) int {
	var i interface{} = n
	if v, ok := i.(int); ok {
		return v
	}
	return 0
}

func returnIface(r Rect) Shape {
	return r
}

func pointerIface(s *Square) Shape {
	return s
}

func callArea(s Shape) int {
	return s.Area()
}

func structToIface() int {
	r := Rect{2, 3}
	return callArea(r)
}

func appendShape(w int) {
	shapes = append(shapes, Rect{w, w})
}

func printMany(a int, b string, c *int) {
	fmt.Println(a, b, c)
}

func sprint(n int) string {
	return fmt.Sprint("n=", n)
}

func main() {
	printInt(1)
	toGlobal(2)
	fmt.Println(localIface(3))
	fmt.Println(returnIface(Rect{1, 2}).Area())
	fmt.Println(pointerIface(&Square{3}).Area())
	fmt.Println(structToIface())
	appendShape(4)
	v := 5
	printMany(1, "x", &v)
	fmt.Println(sprint(6))
}
