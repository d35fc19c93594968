// reflect.Swapper, the function sort.Slice swaps with, used directly to reverse slices of any type.
package main

import (
	"fmt"
	"reflect"
)

func reverse(s any) {
	n := reflect.ValueOf(s).Len()
	swap := reflect.Swapper(s)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		swap(i, j)
	}
}

type P struct {
	Name string
	Age  int
	Tags [3]int
}

func main() {
	ints := []int{1, 2, 3, 4, 5}
	reverse(ints)
	words := []string{"a", "b", "c"}
	reverse(words)
	people := []P{{"ann", 30, [3]int{1}}, {"bob", 40, [3]int{2}}}
	reverse(people)
	bytes := []byte("hello")
	reverse(bytes)
	fmt.Println(ints, words, people, string(bytes))
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.Swapper(42)
}
