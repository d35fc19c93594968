// reflect.DeepEqual on slices, maps, structs, pointers and nil values.
package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Val  int
	Kids []*Node
}

func main() {
	fmt.Println(reflect.DeepEqual([]int{1, 2, 3}, []int{1, 2, 3}))
	fmt.Println(reflect.DeepEqual([]int{1, 2, 3}, []int{1, 2, 4}))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	a := &Node{1, []*Node{{2, nil}, {3, nil}}}
	b := &Node{1, []*Node{{2, nil}, {3, nil}}}
	fmt.Println(a == b, reflect.DeepEqual(a, b))
	b.Kids[1].Val = 4
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2))
	fmt.Println(reflect.DeepEqual([]any{1, "x", 2.5}, []any{1, "x", 2.5}))
	fmt.Println(reflect.DeepEqual(map[int][]string{1: {"a"}}, map[int][]string{1: {"a"}}))
}
