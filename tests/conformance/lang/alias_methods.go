package main

import "fmt"

// Aliases name the same type: methods declared through an alias belong to the type itself.

type Vector struct{ X, Y float64 }
type Vec = Vector

func (v Vec) Len2() float64 { return v.X*v.X + v.Y*v.Y }
func (v *Vector) Scale(k float64) {
	v.X *= k
	v.Y *= k
}

type Table = map[string][]int
type Callback = func(int) int

func run(cbs []Callback, x int) int {
	for _, cb := range cbs {
		x = cb(x)
	}
	return x
}

func main() {
	v := Vec{3, 4}
	fmt.Println(v.Len2())
	var w Vector = v
	w.Scale(2)
	fmt.Println(w, w.Len2())
	fmt.Printf("%T %T\n", v, &w)
	t := Table{}
	t["a"] = append(t["a"], 1, 2)
	fmt.Println(t, len(t["a"]))
	fmt.Println(run([]Callback{func(x int) int { return x + 1 }, func(x int) int { return x * 10 }}, 4))
	var i interface{} = v
	_, ok := i.(Vector)
	fmt.Println(ok)
}
