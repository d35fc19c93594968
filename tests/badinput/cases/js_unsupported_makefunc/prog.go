package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// encoding/json loads from source now; reflect.MakeFunc (a function made at run time, which
// needs makeFuncStub's assembly calling convention) is still refused, at its use.
func main() {
	var v map[string]any
	err := json.Unmarshal([]byte(`{"a":1}`), &v)
	fmt.Println(v, err)
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var f func(int, int) (int, int)
	reflect.ValueOf(&f).Elem().Set(reflect.MakeFunc(reflect.TypeOf(f), swap))
	fmt.Println(f(1, 2))
}
