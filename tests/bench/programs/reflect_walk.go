// Benchmark: walking and summing struct fields through reflect.
package main

import (
	"fmt"
	"reflect"
)

type Rec struct {
	A, B, C int
	Name    string
	F       float64
	Inner   struct{ X, Y int }
}

func sum(v reflect.Value) int64 {
	var s int64
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Int:
			s += f.Int()
		case reflect.String:
			s += int64(f.Len())
		case reflect.Float64:
			s += int64(f.Float())
		case reflect.Struct:
			s += sum(f)
		}
	}
	return s
}

func main() {
	recs := make([]Rec, 100)
	for i := range recs {
		recs[i] = Rec{A: i, B: 2 * i, C: 3, Name: "record", F: 1.5}
		recs[i].Inner.X = i
	}
	var total int64
	for round := 0; round < 20; round++ {
		for i := range recs {
			total += sum(reflect.ValueOf(&recs[i]).Elem())
		}
	}
	fmt.Println(total)
}
