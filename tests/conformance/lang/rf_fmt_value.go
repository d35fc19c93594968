// Printing reflect.Values and Types with fmt, as tutorials do.
package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Place string
	T     Temp
	hidden Temp
}

func main() {
	r := Reading{"Oslo", -3.5, 1}
	v := reflect.ValueOf(r)
	fmt.Println(v)
	fmt.Println(v.Field(0), v.Field(1), v.Field(2))
	fmt.Printf("%v %d %s %q\n", reflect.ValueOf(42), reflect.ValueOf(42), reflect.ValueOf("x"), reflect.ValueOf("x"))
	fmt.Println(reflect.Value{}, reflect.TypeOf(r), reflect.TypeOf(r).Kind())
	fmt.Printf("%v %s\n", reflect.TypeOf([]*Reading{}), reflect.ValueOf(map[string]int{"k": 1}).Kind())
	fmt.Println(reflect.ValueOf([]int{1, 2, 3}), reflect.ValueOf(&r).Elem().Field(0))
	fmt.Printf("%T %T\n", v, reflect.TypeOf(1))
}
