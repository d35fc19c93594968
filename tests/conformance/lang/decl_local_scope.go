package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	var (
		i    int
		s    string
		f    float64
		ok   bool
		p    *int
		e    error
		sl   []int
		m    map[string]int
		fn   func()
		ch   chan int
		anyv any
	)
	fmt.Println(i, s == "", f, ok, p == nil, e, sl == nil, m == nil, fn == nil, ch == nil, anyv)
	const local = 10
	var y, z = local * 2, "z"
	fmt.Println(y, z)
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
}
