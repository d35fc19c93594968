package main

import (
	"fmt"
	"reflect"
)

type T struct{}

func (T) Hello(name string) string { return "hello " + name }

func main() {
	m := reflect.ValueOf(T{}).MethodByName("Hello")
	out := m.Call([]reflect.Value{reflect.ValueOf("bob")})
	fmt.Println(out[0])
}
