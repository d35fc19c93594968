// sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete and Range, from goroutines too.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type counter struct{ n int }

func main() {
	var m sync.Map
	m.Store("apple", 3)
	m.Store("pear", 5)
	v, ok := m.Load("apple")
	fmt.Println("load apple:", v, ok)
	v, ok = m.Load("plum")
	fmt.Println("load plum:", v, ok)
	act, loaded := m.LoadOrStore("apple", 99)
	fmt.Println("LoadOrStore apple:", act, loaded)
	act, loaded = m.LoadOrStore("fig", 7)
	fmt.Println("LoadOrStore fig:", act, loaded)
	v, ok = m.LoadAndDelete("pear")
	fmt.Println("LoadAndDelete pear:", v, ok)
	v, ok = m.LoadAndDelete("pear")
	fmt.Println("LoadAndDelete pear again:", v, ok)
	m.Delete("fig")
	m.Delete("nothing")
	// Loads that miss the read-only map promote the dirty map (Go's misses counter).
	for i := 0; i < 10; i++ {
		m.Load("apple")
	}
	m.Store("apple", 4) // an update of a promoted entry: no lock
	var lines []string
	m.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(lines)

	// Keys of any comparable type; values of any type.
	var cache sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, _ := cache.LoadOrStore(i%3, &counter{})
			_ = c
			cache.Store(fmt.Sprint("k", i), i*i)
		}(i)
	}
	wg.Wait()
	n, sum := 0, 0
	cache.Range(func(k, v any) bool {
		n++
		if x, ok := v.(int); ok {
			sum += x
		}
		return true
	})
	fmt.Println("entries:", n, "sum:", sum)
	// Range stops when f returns false.
	seen := 0
	cache.Range(func(k, v any) bool {
		seen++
		return seen < 2
	})
	fmt.Println("seen:", seen)
	fmt.Printf("%T %T\n", m, &m)
}
