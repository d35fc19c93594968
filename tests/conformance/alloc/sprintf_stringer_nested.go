// sprintf_stringer_nested: Sprintf("%v", t) whose String calls Sprintf: the pool hands out a second pp
package main

import (
	"fmt"
	"runtime"
)

var sink interface{}
var gi = 3
var gbig = 1000
var gs = "hello"
var gb = []byte("hello")

//go:noinline
func use(v interface{}) bool { return v != nil }

var sink2 string

type temp int

func (t temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

//go:noinline
func op() {
	sink2 = fmt.Sprintf("<%v>", temp(gbig))
}

func main() {
	for i := 0; i < 100; i++ {
		op()
	}
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		op()
	}
	runtime.ReadMemStats(&b)
	fmt.Println("sprintf_stringer_nested mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
