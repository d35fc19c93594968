package main

type A B
type B A
type T T
type S struct{ s S }

var x = f()

func f() int { return x }

func main() {
	switch 1 {
	case 1, 1:
	}
	var i interface{} = 1
	switch i.(type) {
	case int, int:
	}
}

func (s S) M() {}
func (s S) M() {}
