// A program of several packages, run like `go run .`: the module's own packages are imported
// by path, initialized dependencies first (registry before shapes before main), and only
// their exported names are visible here.
package main

import (
	"fmt"

	"example.com/geometry/registry"
	"example.com/geometry/shapes"
)

var total = registry.Count() * 10

func init() {
	fmt.Println("main init: total", total)
}

func main() {
	all := []shapes.Shape{shapes.NewRect(3, 4), shapes.NewSquare(5), &shapes.Rect{W: 1, H: 2}}
	for _, s := range all {
		fmt.Printf("%s area=%d %T\n", s.Name(), s.Area(), s)
	}
	fmt.Println(registry.Names())
	fmt.Println(shapes.Largest(all).Name(), shapes.Unit.W)
}
