package main

type A = A
type B = []C
type C = B
type D = int

func (D) M() {}

func main() {
	var x D = "s"
	_ = x
}
