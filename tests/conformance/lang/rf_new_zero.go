// reflect.New, Zero, MakeSlice, Indirect, IsZero, Interface and Slice.
package main

import (
	"fmt"
	"reflect"
)

type Item struct {
	ID    int
	Label string
}

func main() {
	p := reflect.New(reflect.TypeOf(Item{}))
	p.Elem().Field(0).SetInt(9)
	p.Elem().Field(1).SetString("nine")
	it := p.Interface().(*Item)
	fmt.Println(*it, p.Kind(), p.Type())
	z := reflect.Zero(reflect.TypeOf(Item{}))
	fmt.Println(z.IsZero(), z.Interface(), reflect.ValueOf(Item{ID: 1}).IsZero())
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(0).SetString("x")
	s.Index(1).SetString("y")
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Slice(1, 2).Interface())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&Item{2, "two"})).Field(1), reflect.Indirect(reflect.ValueOf(3)).Int())
	fmt.Println(reflect.ValueOf("hello").Slice(1, 3).String(), reflect.ValueOf("hey").Index(1).Uint())
	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(ip).IsZero(), reflect.ValueOf(0.0).IsZero())
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf(42).String(), reflect.ValueOf(Item{}).NumField())
	var x any = 5
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.Kind(), v.Elem().Kind(), v.Elem().Int())
	v.Set(reflect.ValueOf("now a string"))
	fmt.Println(x)
}
