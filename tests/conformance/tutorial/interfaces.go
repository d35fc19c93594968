// Interfaces: implicit implementation, dynamic dispatch, nil values, the empty interface, assertions.
package main

import (
	"fmt"
	"math"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Println(g.area())
	fmt.Println(g.perim())
}

type I interface{ M() }
type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

func describe(i interface{}) { fmt.Printf("(%v, %T)\n", i, i) }

func main() {
	measure(rect{width: 3, height: 4})
	measure(circle{radius: 5})
	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()
	var e interface{} = "hello"
	s, ok := e.(string)
	fmt.Println(s, ok)
	f, ok := e.(float64)
	fmt.Println(f, ok)
	var g geometry = circle{2}
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}
