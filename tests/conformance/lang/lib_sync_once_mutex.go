package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc("all")
			if i%2 == 0 {
				c.Inc("even")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["all"], c.m["even"])
	var mu sync.Mutex
	mu.Lock()
	shared := 1
	mu.Unlock()
	mu.Lock()
	shared++
	mu.Unlock()
	fmt.Println(shared)
	var o2 sync.Once
	calls := 0
	f := func() { calls++ }
	o2.Do(f)
	o2.Do(f)
	fmt.Println(calls)
}
