// Package initialisation: variables in dependency order in main.init, then init functions
// named main.init.0, main.init.1 in source order; a panic in an init's closure shows Go's names.
package main

import "fmt"

var a = f("a", b)
var b = f("b", 1)

func f(n string, v int) int {
	fmt.Println("var", n)
	return v + 1
}

func init() { fmt.Println("init 0", a, b) }

func init() {
	fmt.Println("init 1")
	func() {
		var m map[string]int
		m["x"] = a
	}()
}

func main() { fmt.Println("main") }
