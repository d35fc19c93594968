// Implicit conversions inside composite literals: unkeyed elements convert at their own
// position, keyed ones (and map keys and values) at the ':'.
package main

type S struct{ a, b interface{} }

var sink interface{}

func f(x, y int) {
	s := S{x, y}
	sink = s
	t := S{a: x, b: y}
	sink = t
	m := map[interface{}]interface{}{x: y}
	sink = m
	arr := [2]interface{}{x, y}
	sink = arr
	z := []interface{}{x + 1, y}
	sink = z
}

func main() { f(1, 2) }
