package main

import "fmt"

func f() (int, string) { return 1, "a" }

func main() {
	a := f()
	var b, c, d = f()
	fmt.Println(a, b, c, d)
	e, g := 1
	_, _ = e, g
}
