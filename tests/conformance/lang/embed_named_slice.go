package main

import "fmt"

// Embedding named non-struct types: a stack built on a named slice, a counter on a named int.

type IntList []int

func (l IntList) Len() int { return len(l) }
func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

type Stack struct {
	IntList
	pushes int
}

func (s *Stack) Push(v int) {
	s.IntList = append(s.IntList, v)
	s.pushes++
}

func (s *Stack) Pop() (int, bool) {
	if s.Len() == 0 {
		return 0, false
	}
	v := s.IntList[s.Len()-1]
	s.IntList = s.IntList[:s.Len()-1]
	return v, true
}

type Hits int

func (h *Hits) Inc()         { *h++ }
func (h Hits) String() string { return fmt.Sprintf("%d hits", int(h)) }

type Page struct {
	Hits
	URL string
}

type Lener interface{ Len() int }

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Sum(), s.pushes, s.IntList)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var l Lener = s
	fmt.Println(l.Len())
	p := &Page{URL: "/"}
	p.Inc()
	p.Inc()
	fmt.Println(p.Hits, p.URL)
	fmt.Println(p)
	fmt.Println(*p)
}
