package main

import "fmt"

type Divider interface {
	Div(x int) int
}

type ByValue struct{ d int }
type ByPointer struct{ d int }

func (v ByValue) Div(x int) int    { return x / v.d }
func (p *ByPointer) Div(x int) int { return x / p.d }

func apply(ds []Divider, x int) {
	for i, d := range ds {
		fmt.Println(i, d.Div(x))
	}
}

func main() {
	apply([]Divider{ByValue{2}, &ByPointer{3}, &ByValue{4}}, 12)
	apply([]Divider{&ByPointer{6}, &ByValue{0}}, 12)
}
