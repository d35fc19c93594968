// reflect_convert_int: reflect.ValueOf(x).Convert(int8): ValueOf boxes x, makeInt's unsafe_New(int8)
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

var sink interface{}
var gi = 3
var gbig = 1000
var gs = "hello"
var gb = []byte("hello")

//go:noinline
func use(v interface{}) bool { return v != nil }

var gt8 = reflect.TypeOf(int8(0))

//go:noinline
func op() {
	sink = reflect.ValueOf(gbig).Convert(gt8).Int()
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
	fmt.Println("reflect_convert_int mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc)
}
