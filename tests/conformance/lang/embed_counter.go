package main

import (
	"fmt"
	"sync"
)

// A mutex embedded in a struct: its Lock and Unlock are promoted.
type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	c.counts[key]++
	c.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.Lock()
	defer c.Unlock()
	return c.counts[key]
}

type Stats struct {
	*SafeCounter
	label string
}

func main() {
	c := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				c.Inc("even")
			} else {
				c.Inc("odd")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("even"), c.Value("odd"))
	s := Stats{&c, "stats"}
	s.Inc("even")
	fmt.Println(s.label, s.Value("even"), s.counts["odd"])
}
