package main

import (
	"fmt"
	"reflect"
)

func main() {
	t := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeOf(0)}})
	fmt.Println(t)
}
