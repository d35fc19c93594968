package main

import "fmt"

type T struct{}

func (T) M() {}

type I interface{ M() }
type J interface {
	I
	M(int)
}
type S struct {
	*I
}
type P *T
type U struct {
	P
}

func main() {
	fmt.Println(1)
}
