// reflect.PointerTo and reflect.New of pointer types the program never names (part lang19):
// Go makes the ptrType at run time; gosim has descriptors two levels above the program's types.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func main() {
	x := &T{1}
	pt := reflect.PointerTo(reflect.PointerTo(reflect.TypeOf(x)))
	fmt.Println(pt, pt.Kind(), pt.Elem().Elem() == reflect.TypeOf(x))
	v := reflect.New(reflect.TypeOf(x)) // **T
	v.Elem().Set(reflect.ValueOf(x))
	w := reflect.New(v.Type()) // ***T
	w.Elem().Set(v)
	fmt.Println(w.Type(), w.Elem().Elem().Elem().Field(0).Int())
	fmt.Println(reflect.PointerTo(reflect.PointerTo(reflect.TypeOf([]string{}))))
}
