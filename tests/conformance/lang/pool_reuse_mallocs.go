package main

import (
	"fmt"
	"runtime"
	"sync"
)

type builder struct{ buf []byte }

var news int

var bufPool = sync.Pool{New: func() any { news++; return &builder{buf: make([]byte, 0, 256)} }}

func render(name string, n int) string {
	b := bufPool.Get().(*builder)
	defer func() {
		b.buf = b.buf[:0]
		bufPool.Put(b)
	}()
	for i := 0; i < n; i++ {
		b.buf = append(b.buf, name...)
	}
	return string(b.buf)
}

func main() {
	runtime.GOMAXPROCS(1)
	var before, after runtime.MemStats
	fmt.Println(render("ab", 3))
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		render("xyz", 20)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs per render:", (after.Mallocs-before.Mallocs)/100, "news:", news)
	runtime.GC()
	render("a", 1)
	fmt.Println("after GC, news:", news)
	runtime.GC()
	runtime.GC()
	render("a", 1)
	fmt.Println("after two more GCs, news:", news)
}
