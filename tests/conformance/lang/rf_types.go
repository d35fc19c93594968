// Inspecting types: names, kinds, sizes, element and key types, functions.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Stack[T any] struct{ items []T }

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }
func (English) private()      {}

func add(a, b int) int { return a + b }

func join(sep string, parts ...string) (string, error) { return "", nil }

func main() {
	for _, x := range []any{1, "s", 2.5, Celsius(20), []byte("x"), [3]int{}, map[string][]int{}, &English{}, English{}, make(chan int), add, Stack[int]{}} {
		t := reflect.TypeOf(x)
		fmt.Printf("%-22s kind=%-7s name=%-10q size=%-2d align=%d pkg=%q\n", t.String(), t.Kind(), t.Name(), t.Size(), t.Align(), t.PkgPath())
	}
	m := reflect.TypeOf(map[string][]int{})
	fmt.Println(m.Key(), m.Elem(), m.Elem().Elem())
	fmt.Println(reflect.TypeOf([3]int{}).Len(), reflect.TypeOf(int32(0)).Bits())
	f := reflect.TypeOf(join)
	fmt.Println(f.NumIn(), f.In(0), f.In(1), f.IsVariadic(), f.NumOut(), f.Out(0), f.Out(1))
	g := reflect.TypeOf((*Greeter)(nil)).Elem()
	fmt.Println(g.Kind(), g.NumMethod(), reflect.TypeOf(English{}).NumMethod())
	fmt.Println(reflect.TypeOf(English{}).Implements(g), reflect.TypeOf(1).Implements(g))
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(0)))
	fmt.Println(reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)), reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(English{}).Comparable())
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Struct, reflect.Kind(100) == reflect.Invalid)
}
