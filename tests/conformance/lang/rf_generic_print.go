// A generic value printer, the kind tutorials write to show reflect.Kind.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

func format(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return fmt.Sprint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return fmt.Sprint(v.Uint())
	case reflect.Float32, reflect.Float64:
		return fmt.Sprint(v.Float())
	case reflect.String:
		return fmt.Sprintf("%q", v.String())
	case reflect.Bool:
		return fmt.Sprint(v.Bool())
	case reflect.Slice, reflect.Array:
		parts := []string{}
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, format(v.Index(i)))
		}
		return v.Type().String() + "{" + strings.Join(parts, ", ") + "}"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		parts := []string{}
		for _, k := range keys {
			parts = append(parts, format(k)+": "+format(v.MapIndex(k)))
		}
		return "map{" + strings.Join(parts, ", ") + "}"
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		return "&" + format(v.Elem())
	case reflect.Interface:
		return format(v.Elem())
	case reflect.Struct:
		parts := []string{}
		for i := 0; i < v.NumField(); i++ {
			parts = append(parts, v.Type().Field(i).Name+"="+format(v.Field(i)))
		}
		return v.Type().Name() + "{" + strings.Join(parts, " ") + "}"
	}
	return "?" + v.Kind().String()
}

func Show[T any](x T) {
	fmt.Printf("%-10s %s\n", reflect.TypeOf(x).Kind(), format(reflect.ValueOf(x)))
}

type Pair struct {
	K string
	V *int
}

func main() {
	n := 5
	Show(42)
	Show(uint8(7))
	Show(3.5)
	Show("hi")
	Show(true)
	Show([]int{1, 2})
	Show([2]string{"a", "b"})
	Show(map[string]int{"z": 26, "a": 1, "m": 13})
	Show(&n)
	Show(Pair{"k", &n})
	Show([]any{1, "two", nil})
}
