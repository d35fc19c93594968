// Walking a struct's fields and printing them by kind.
package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Sides  int
	Scale  float64
	Filled bool
	Origin Point
	Tags   []string
	Next   *Shape
}

func walk(v reflect.Value, indent string) {
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := t.Field(i).Name
		switch f.Kind() {
		case reflect.String:
			fmt.Printf("%s%s string %q\n", indent, name, f.String())
		case reflect.Int:
			fmt.Printf("%s%s int %d\n", indent, name, f.Int())
		case reflect.Float64:
			fmt.Printf("%s%s float %g\n", indent, name, f.Float())
		case reflect.Bool:
			fmt.Printf("%s%s bool %v\n", indent, name, f.Bool())
		case reflect.Struct:
			fmt.Printf("%s%s struct %s\n", indent, name, f.Type())
			walk(f, indent+"  ")
		case reflect.Slice:
			fmt.Printf("%s%s slice len=%d\n", indent, name, f.Len())
			for j := 0; j < f.Len(); j++ {
				fmt.Printf("%s  [%d] %v\n", indent, j, f.Index(j).Interface())
			}
		case reflect.Pointer:
			fmt.Printf("%s%s pointer nil=%v\n", indent, name, f.IsNil())
		}
	}
}

func main() {
	s := Shape{Name: "square", Sides: 4, Scale: 1.5, Filled: true, Origin: Point{1, 2}, Tags: []string{"a", "b"}}
	walk(reflect.ValueOf(s), "")
	fmt.Println(reflect.ValueOf(s).Field(4).Field(1).Int())
}
