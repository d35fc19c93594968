package main

import "fmt"

type Stringer interface{ String() string }
type S struct{}

func (s S) String(x int) string { return "" }

type U struct{}

func (u U) Strin() string { return "" }

func main() {
	var a Stringer = S{}
	var b Stringer = U{}
	var c Stringer = 5
	var d fmt.Stringer
	fmt.Println(a, b, c, d)
	var i interface{ M() }
	_ = i.(S)
}
