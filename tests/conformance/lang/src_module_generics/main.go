// A local generic package, run like `go run .`: generic functions with inference across the
// package boundary, a generic type and its methods, a constraint with a type set.
package main

import (
	"fmt"
	"strconv"

	"example.com/generics/mylib"
)

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4}
	strs := mylib.Map(nums, strconv.Itoa)
	fmt.Println(strs, len(strs))
	sq := mylib.Map(nums, func(n int) int { return n * n })
	fmt.Println(sq, mylib.Sum(sq))
	fmt.Println(mylib.Sum([]Celsius{1.5, 2.25}))
	var s mylib.Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok)
	p := mylib.NewPair("x", 42)
	fmt.Printf("%v %+v\n", p, p)
	ps := &mylib.Stack[mylib.Pair[string, int]]{}
	ps.Push(p)
	top, _ := ps.Pop()
	fmt.Println(top.Key, top.Val)
}
