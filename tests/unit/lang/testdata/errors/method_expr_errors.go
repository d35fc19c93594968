package main

type T struct{}

func (T) V(x int) int { return x }
func (*T) P()         {}


func main() {
	_ = T.P
	_ = T.Q
	f := T.V
	var s string = f
}
