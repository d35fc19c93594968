// json_marshal_small_struct: json.Marshal of a 3-field struct: the encodeState comes from a sync.Pool, the encoder from the sync.Map cache; the result is a copy of the buffer
package main

import (
	"encoding/json"
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

type jpt struct {
	X, Y int
	Name string `json:"name"`
}

var gpt = jpt{1, 2, "a"}

//go:noinline
func op() {
	b, _ := json.Marshal(gpt)
	gi = len(b)
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
	fmt.Println("json_marshal_small_struct mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
