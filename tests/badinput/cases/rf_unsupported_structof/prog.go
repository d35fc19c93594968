package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type P struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

// json.Marshal loads and runs; reflect.StructOf (a struct type made at run time, which gosim's
// descriptors, all made while lowering, cannot be) is refused at its use.
func main() {
	b, err := json.Marshal(P{"ann", 3})
	fmt.Println(string(b), err)
	t := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0), Tag: `json:"x"`}})
	v := reflect.New(t).Elem()
	v.Field(0).SetInt(7)
	b, err = json.Marshal(v.Interface())
	fmt.Println(string(b), err)
}
