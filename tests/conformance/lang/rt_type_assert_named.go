package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }
type Rect struct{ w, h int }

func (s Sq) Area() int    { return s.s * s.s }
func (r *Rect) Area() int { return r.w * r.h }

func main() {
	shapes := []Shape{Sq{2}, &Rect{2, 3}}
	fmt.Println(shapes[0].(Sq).s)
	fmt.Println(shapes[1].(Sq).s)
}
