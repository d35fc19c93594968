package main

import (
	"fmt"
	"reflect"
)

func main() {
	it := reflect.TypeOf(0)
	ft := reflect.FuncOf([]reflect.Type{it}, []reflect.Type{it}, false)
	fmt.Println(ft)
}
