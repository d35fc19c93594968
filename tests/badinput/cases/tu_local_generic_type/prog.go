package main

import "fmt"

func main() {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	p := Pair[string, int]{"a", 1}
	var q Pair[int]
	fmt.Println(p, q, Pair[func(), int]{})
}
