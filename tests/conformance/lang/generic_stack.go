package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	for i := 0; i < 4; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	ws := &Stack[string]{}
	ws.Push("a")
	ws.Push("b")
	fmt.Printf("%T %v %T\n", s, *ws, ws)
	w, _ := ws.Pop()
	fmt.Println(w, ws.Len())
	_, ok := s.Pop()
	fmt.Println(ok)
}
