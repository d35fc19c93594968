package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	data  map[K]V
	hits  int
	miss  int
	limit int
	keys  []K
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	c.miss++
	v := load(k)
	if len(c.keys) == c.limit {
		oldest := c.keys[0]
		c.keys = c.keys[1:]
		delete(c.data, oldest)
	}
	c.data[k] = v
	c.keys = append(c.keys, k)
	return v
}

func (c *Cache[K, V]) Stats() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("hits=%d miss=%d size=%d", c.hits, c.miss, len(c.data))
}

func main() {
	c := NewCache[int, string](2)
	square := func(n int) string { return fmt.Sprint(n * n) }
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for _, k := range []int{1, 2, 1, 3, i} {
				c.Get(k, square)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Stats())
	fmt.Println(c.Get(3, square), c.Get(9, square))
	fmt.Printf("%T\n", c)
}
