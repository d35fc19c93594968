// A local package's generics over the main package's types: a constraint with a method that
// main's type implements, a generic linked list of main.Celsius with a String method, %T of the
// instances (lib.List[main.Celsius]), inference from a map, an explicit instance as a value.
package main

import (
	"fmt"

	"example.com/gtypes/lib"
)

type Celsius float64

func (c Celsius) Show() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	fmt.Println(lib.ShowAll([]Celsius{1, 2.5}))
	var l lib.List[Celsius]
	l.Push(3)
	l.Push(4)
	l.Each(func(c Celsius) { fmt.Print(c.Show(), " ") })
	fmt.Println()
	fmt.Printf("%T %v %T\n", l, l, &l)
	fmt.Println(lib.Keys(map[string]Celsius{"a": 1}))
	f := lib.ShowAll[Celsius]
	fmt.Println(f([]Celsius{9}))
}
