package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 7
	v := reflect.ValueOf(&x).Elem()
	p := v.UnsafeAddr()
	fmt.Println(p != 0)
}
