package main

import "fmt"

type handler struct {
	name string
	fn   func(int) int
}

func main() {
	hs := []handler{{"double", func(x int) int { return 2 * x }}, {name: "missing"}}
	for _, h := range hs {
		fmt.Println(h.name, h.fn(21))
	}
}
