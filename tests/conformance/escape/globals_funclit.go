// Function literals in package-level initializers: Go compiles each as a function of its own
// (glob..func1, ...) and analyses it among the package's declarations in source order (callees
// first), whether the initializer is static data (a literal that captures nothing is a static
// funcval) or code in init (the literal passed to a call: its funcval escapes there).
package main

import "fmt"

type T struct{ a int }

func before() *T {
	t := T{1}
	return &t
}

var counter = func() func() int {
	n := 0
	return func() int { n++; return n }
}

var handlers = []func() *T{func() *T { return &T{2} }, nil}

var ident = func(p *T) *T { return p }

var sum = func(ts ...*T) int {
	s := 0
	for _, t := range ts {
		s += t.a
	}
	return s
}

var useLater = func() *T { return later() }

func after() *T {
	u := T{3}
	return &u
}

var made = mk(func() *T { v := T{4}; return &v })

func mk(h func() *T) func() *T { return h }

var table = map[string]func() int{"one": func() int { return 1 }}

func later() *T {
	w := T{5}
	return &w
}

func main() {
	c := counter()
	c()
	a := T{6}
	fmt.Println(before().a, c(), handlers[0]().a, ident(&a).a, sum(&a, &a), useLater().a, after().a, made().a, table["one"]())
}
