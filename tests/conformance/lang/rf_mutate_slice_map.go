// Changing slice elements and map entries of a program's data through reflect.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inventory struct {
	Items  []string
	Counts map[string]int
	Owner  *string
}

func upper(x any) {
	v := reflect.ValueOf(x).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Slice:
			for j := 0; j < f.Len(); j++ {
				e := f.Index(j)
				e.SetString(strings.ToUpper(e.String()))
			}
		case reflect.Map:
			for _, k := range f.MapKeys() {
				f.SetMapIndex(k, reflect.ValueOf(int(f.MapIndex(k).Int())*2))
			}
		case reflect.Pointer:
			if !f.IsNil() {
				f.Elem().SetString(strings.ToUpper(f.Elem().String()))
			}
		}
	}
}

func main() {
	owner := "kim"
	inv := Inventory{Items: []string{"apple", "pear"}, Counts: map[string]int{"apple": 3, "pear": 5}, Owner: &owner}
	upper(&inv)
	fmt.Println(inv.Items, inv.Counts["apple"], inv.Counts["pear"], owner)
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(1).SetInt(20)
	fmt.Println(arr, av.Len(), reflect.ValueOf(&arr).Len())
	s := []int{1, 2, 3, 4}
	reflect.ValueOf(s).Index(0).SetInt(100)
	fmt.Println(s, reflect.ValueOf(s).Index(0).CanSet(), reflect.ValueOf(arr).Index(0).CanSet())
}
