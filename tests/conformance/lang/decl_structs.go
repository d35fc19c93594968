package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Person struct {
	Name string
	Age  int
	Tags []string
	Boss *Person
}

func main() {
	var zero Point
	fmt.Println(zero)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q)
	fmt.Printf("%v %+v\n", p, q)
	r := Rect{Min: p, Max: Point{3, 4}, Label: "box"}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	r.Max.X = 30
	fmt.Println(r.Max.X, r.Min.Y)
	fmt.Println(p == Point{1, 2}, p == q)
	c := r
	c.Label = "copy"
	fmt.Println(r.Label, c.Label)
	var who Person
	fmt.Printf("%+v\n", who)
	alice := Person{Name: "Alice", Age: 30, Tags: []string{"x", "y"}}
	fmt.Printf("%v\n", alice)
	fmt.Printf("%T %T\n", alice, r)
}
