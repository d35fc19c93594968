// Variables: var with and without initializers, type inference, zero values, short declarations.
package main

import "fmt"

var global = "package level"

func main() {
	var a = "initial"
	fmt.Println(a)
	var b, c int = 1, 2
	fmt.Println(b, c)
	var d = true
	fmt.Println(d)
	var e int
	var f float64
	var g string
	var h *int
	fmt.Printf("%d %v %q %v\n", e, f, g, h)
	i := "apple"
	fmt.Println(i, global)
	x, y := 10, 20
	x, y = y, x
	fmt.Println(x, y)
	var (
		name = "gopher"
		age  = 13
	)
	fmt.Printf("%s is %d years old\n", name, age)
}
