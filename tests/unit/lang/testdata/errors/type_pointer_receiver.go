package main

type T struct{ x int }

func (t *T) M() {}

type I interface{ M() }

func main() {
	var i I = T{}
	_ = i
	var t T
	t.y = 1
	T{}.M()
}
