// Reading struct tags with reflect, as a JSON or validation library does.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Email string `json:"email,omitempty"`
	Age   int    `json:"age" validate:"min=0"`
	note  string
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("validate")
		fmt.Printf("%d %s %s json=%q validate=%q %v offset=%d exported=%v\n", i, f.Name, f.Type, f.Tag.Get("json"), v, ok, f.Offset, f.PkgPath == "")
	}
	f, ok := t.FieldByName("Age")
	fmt.Println(f.Name, f.Index, ok)
	_, ok = t.FieldByName("Missing")
	fmt.Println(ok)
}
