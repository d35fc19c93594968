// Generic types declared inside a function, and a generic Stack with a zero value for empty pops.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	type Box[T any] struct{ V T }
	b := Box[string]{"gift"}
	fmt.Printf("%v %+v\n", b, Box[int]{7})
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", v)
	}
	fmt.Println(Pair[string, int]{"x", 1})
	fmt.Printf("%T\n", Pair[string, []int]{})
}
