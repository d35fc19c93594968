// Closures: capture by value (small, never reassigned) or by reference, and where the
// closure itself goes.
package main

import "fmt"

func byValue() int {
	x := 10
	f := func() int { return x * 2 }
	return f()
}

func byReference() int {
	x := 10
	f := func() { x++ }
	f()
	return x
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(v int) int { return base + v }
}

func bigCapture() int {
	var arr [32]int
	arr[0] = 1
	f := func() int { return arr[0] }
	return f()
}

func calledDirectly() int {
	y := 3
	return func() int { return y + 1 }()
}

func addrCaptured() *int {
	z := 4
	p := &z
	g := func() int { return *p }
	_ = g()
	return p
}

func nested() int {
	a := 1
	outer := func() int {
		inner := func() int { return a + 1 }
		return inner()
	}
	return outer()
}

var saved func() int

func savedClosure() {
	k := 5
	saved = func() int { return k }
}

func reassignedBeforeCapture() int {
	m := 1
	m = 2
	f := func() int { return m }
	return f()
}

func main() {
	fmt.Println(byValue(), byReference())
	c := counter()
	c()
	add := adder(3)
	fmt.Println(add(4), bigCapture(), calledDirectly(), *addrCaptured(), nested())
	savedClosure()
	fmt.Println(saved(), reassignedBeforeCapture())
}
