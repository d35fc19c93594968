package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buffer struct {
	id   int
	data []byte
}

var created int

var pool = sync.Pool{
	New: func() any {
		created++
		return &buffer{id: created, data: make([]byte, 0, 64)}
	},
}

func main() {
	runtime.GOMAXPROCS(1)
	a := pool.Get().(*buffer)
	b := pool.Get().(*buffer)
	fmt.Println("got", a.id, b.id, "created", created)
	pool.Put(a)
	pool.Put(b)
	c := pool.Get().(*buffer)
	d := pool.Get().(*buffer)
	e := pool.Get().(*buffer)
	fmt.Println("reuse", c.id, d.id, "new", e.id, "created", created)
	for _, x := range []*buffer{c, d, e} {
		pool.Put(x)
	}
	runtime.GC()
	x := pool.Get().(*buffer)
	fmt.Println("after one GC:", x.id, "created", created)
	pool.Put(x)
	runtime.GC()
	runtime.GC()
	y := pool.Get().(*buffer)
	fmt.Println("after two GCs:", y.id, "created", created)
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	empty.Put("s")
	fmt.Println(empty.Get(), empty.Get())
}
