// atomic.Value holds a configuration that readers load while a writer replaces it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	workers int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	v.Store(config{"boot", 1})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := v.Load().(config)
			fmt.Println("reader", i, "sees", c.name, c.workers)
			v.Store(config{fmt.Sprint("gen", i), c.workers + 1})
		}(i)
	}
	wg.Wait()
	fmt.Println("final:", v.Load().(config).name, v.Load().(config).workers)
	old := v.Swap(config{"swapped", 9})
	fmt.Println("old:", old.(config).name)
	fmt.Println(v.CompareAndSwap(config{"nope", 0}, config{"x", 1}))
	fmt.Println(v.CompareAndSwap(config{"swapped", 9}, config{"cas", 10}))
	fmt.Println(v.Load().(config).name)
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(42) })
	try("swap string", func() { v.Swap("s") })
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 5), w.Load())
	try("cas mixed", func() { w.CompareAndSwap(5, "five") })
	try("cas slice", func() {
		var s atomic.Value
		s.Store([]int{1})
		s.CompareAndSwap([]int{1}, []int{2})
	})
}
