// sync.Map as a registry: struct and mixed-type keys (1, int64(1) and "1" are three keys),
// pointer values updated in place, Delete during Range, a memoizing LoadOrStore shared by
// goroutines, and a Map inside a struct.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct {
	kind string
	id   int
}

type service struct {
	name  string
	calls int
}

type registry struct {
	mu    sync.Mutex
	items sync.Map
}

func (r *registry) get(k key) *service {
	v, _ := r.items.LoadOrStore(k, &service{name: fmt.Sprintf("%s-%d", k.kind, k.id)})
	return v.(*service)
}

func main() {
	var m sync.Map
	m.Store(1, "int")
	m.Store(int64(1), "int64")
	m.Store("1", "string")
	m.Store(1.0, "float64")
	for _, k := range []any{1, int64(1), "1", 1.0, uint(1)} {
		v, ok := m.Load(k)
		fmt.Printf("%T %v %v\n", k, v, ok)
	}
	m.Range(func(k, v any) bool {
		if _, isString := k.(string); !isString {
			m.Delete(k)
		}
		return true
	})
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("left:", n)

	var r registry
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := r.get(key{"db", i % 2})
			r.mu.Lock()
			s.calls++
			r.mu.Unlock()
		}(i)
	}
	wg.Wait()
	var names []string
	r.items.Range(func(k, v any) bool {
		s := v.(*service)
		names = append(names, fmt.Sprintf("%v:%s:%d", k.(key).id, s.name, s.calls))
		return true
	})
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(r.get(key{"db", 0}) == r.get(key{"db", 0}), r.get(key{"db", 0}) == r.get(key{"db", 1}))
}
