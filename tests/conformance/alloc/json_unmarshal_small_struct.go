// json_unmarshal_small_struct: json.Unmarshal of a 3-field object into a struct: the decodeState and its scanner, the field name, the string value
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

var gjs = []byte(`{"X":1,"Y":2,"name":"abc"}`)

//go:noinline
func op() {
	var v jpt
	_ = json.Unmarshal(gjs, &v)
	gi = v.X + len(v.Name)
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
	fmt.Println("json_unmarshal_small_struct mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
