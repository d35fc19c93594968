package main

import (
	"os"
	"reflect"
	"text/template"
)

func main() {
	// A template function made at run time: reflect.MakeFunc needs makeFuncStub's assembly.
	swap := reflect.MakeFunc(reflect.TypeOf(func(a, b string) (string, string) { return "", "" }),
		func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} })
	t := template.Must(template.New("t").Funcs(template.FuncMap{"swap": swap.Interface()}).Parse("{{swap 1 2}}\n"))
	t.Execute(os.Stdout, nil)
}
