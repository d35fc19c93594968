// reflect's panics, recovered: the texts are Go's.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("Field out of range", func() { reflect.ValueOf(T{}).Field(5) })
	try("Type.Field out of range", func() { reflect.TypeOf(T{}).Field(2) })
	try("NumField of int", func() { reflect.TypeOf(1).NumField() })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("unexported set", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("x") })
	try("unexported Interface", func() { reflect.ValueOf(T{}).Field(1).Interface() })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("zero Value", func() { reflect.Value{}.Type() })
	try("Set wrong type", func() { x := 1; reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("IsNil of int", func() { reflect.ValueOf(3).IsNil() })
	try("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("Addr", func() { reflect.ValueOf(1).Addr() })
	fmt.Println("done")
}
