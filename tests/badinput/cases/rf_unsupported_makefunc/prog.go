package main

import (
	"fmt"
	"reflect"
)

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var f func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(f), swap)
	fmt.Println(fn.Kind())
}
