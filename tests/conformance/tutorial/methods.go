// Methods: value and pointer receivers, methods on non-struct types, automatic & and *.
package main

import (
	"fmt"
	"math"
)

type rect struct{ width, height int }

func (r *rect) area() int { return r.width * r.height }
func (r rect) perim() int { return 2*r.width + 2*r.height }

type Vertex struct{ X, Y float64 }

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }
func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area: ", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area: ", rp.area())
	fmt.Println("perim:", rp.perim())
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	p := &Vertex{4, 3}
	p.Scale(3)
	fmt.Println(v, p)
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
}
