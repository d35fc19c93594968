package main

type T struct{}

func (*T) M() {}

type I interface{ M() }
type S struct{ T }
type U struct {
	T
	x int
}

func (U) T() {}

func main() {
	var i I = S{}
	_ = i
	S{}.M()
	var u U
	u.y = 1
}
