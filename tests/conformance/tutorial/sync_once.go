// sync.Once and sync.RWMutex: a lazily built configuration read by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	mu    sync.RWMutex
	once  sync.Once
	value map[string]string
}

func (c *Config) load() {
	fmt.Println("loading config")
	c.value = map[string]string{"mode": "test"}
}

func (c *Config) Get(k string) string {
	c.once.Do(c.load)
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.value[k]
}

func (c *Config) Set(k, v string) {
	c.once.Do(c.load)
	c.mu.Lock()
	c.value[k] = v
	c.mu.Unlock()
}

func main() {
	var c Config
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = c.Get("mode")
		}(i)
	}
	wg.Wait()
	c.Set("mode", "prod")
	fmt.Println(results, c.Get("mode"))
}
