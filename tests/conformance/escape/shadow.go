// Variables reused across statements: redeclaration with :=, shadowing, named results.
package main

import (
	"errors"
	"fmt"
)

type Conf struct {
	name string
	port int
}

func parse(s string) (c *Conf, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	c = &Conf{name: s}
	return
}

func redeclare() int {
	a, err := parse("a")
	if err != nil {
		return 0
	}
	b, err := parse("b")
	if err != nil {
		return 0
	}
	return a.port + b.port
}

func shadow() int {
	x := 1
	p := &x
	{
		x := 2
		p = &x
	}
	return *p
}

func namedPtr() (r *int) {
	v := 3
	r = &v
	return
}

func swapInts(a, b int) (int, int) {
	return b, a
}

func conv(n int) float64 {
	return float64(n) / 2
}

func main() {
	c, err := parse("x")
	fmt.Println(c.name, err, redeclare(), shadow(), *namedPtr())
	x, y := swapInts(1, 2)
	fmt.Println(x, y, conv(3))
}
