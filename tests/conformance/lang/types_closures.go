package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s })
	}
	fmt.Println(hs[0](), hs[1](), hs[2]())

	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int { a, b = b, a+b; return a }
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
