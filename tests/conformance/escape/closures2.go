// More closures: loops, goroutines, parameters captured, closures passed to functions.
package main

import (
	"fmt"
	"sync"
)

func apply(f func(int) int, v int) int {
	return f(v)
}

var hook func()

func register(f func()) {
	hook = f
}

func passClosure() int {
	k := 2
	return apply(func(v int) int { return v * k }, 3)
}

func registerClosure() {
	count := 0
	register(func() { count++ })
}

func loopClosures() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	return fs[0]()
}

func goroutines() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return total
}

func captureParam(p *int) func() int {
	return func() int { return *p }
}

func captureStruct() int {
	type pair struct{ a, b int }
	v := pair{1, 2}
	f := func() int { return v.a + v.b }
	return f()
}

func methodValueEscapes() func() int {
	b := &counterT{}
	return b.Inc
}

type counterT struct{ n int }

func (c *counterT) Inc() int {
	c.n++
	return c.n
}

func main() {
	fmt.Println(passClosure(), loopClosures(), goroutines(), captureStruct())
	registerClosure()
	x := 5
	fmt.Println(captureParam(&x)(), methodValueEscapes()())
}
