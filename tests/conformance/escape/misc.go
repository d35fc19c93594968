// Odds and ends: package-level initializers, variadic functions, stores through pointer
// parameters, interface method values, go and defer with method calls.
package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var registry = map[string]int{"a": 1}
var names = []string{"x", "y"}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(ps ...*int) []*int {
	return ps
}

func callSum() int {
	return sum(1, 2, 3)
}

func spread() int {
	s := []int{4, 5}
	return sum(s...)
}

func storeThrough(pp **int) {
	x := 1
	*pp = &x
}

func ifaceMethodValue(s Shape) func() int {
	return s.Area
}

func goMethod(wg *sync.WaitGroup) {
	wg.Add(1)
	go wg.Done()
	wg.Wait()
}

func deferLoopArgs(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println(i)
	}
}

func arrayRange() int {
	arr := [3]*int{}
	t := 0
	for _, p := range arr {
		if p != nil {
			t += *p
		}
	}
	return t
}

func recvPtr(ch chan *int) int {
	p := <-ch
	return *p
}

func main() {
	a, b := 1, 2
	fmt.Println(callSum(), spread(), len(keepAll(&a, &b)), registry["a"], names[0])
	var p *int
	storeThrough(&p)
	fmt.Println(*p, ifaceMethodValue(Sq{2})())
	var wg sync.WaitGroup
	goMethod(&wg)
	deferLoopArgs(2)
	ch := make(chan *int, 1)
	ch <- &a
	fmt.Println(arrayRange(), recvPtr(ch))
}
