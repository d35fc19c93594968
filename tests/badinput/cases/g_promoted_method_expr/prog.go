package main

type Inner struct{}

func (Inner) M() {}

type Outer struct{ Inner }

func main() {
	f := Outer.M
	f(Outer{})
}
