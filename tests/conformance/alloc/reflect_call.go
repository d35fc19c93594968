// reflect_call: the allocations of reflect.Value.Call, 1000 calls each after a warm-up: a
// function of two ints (make([]Value, 1) and the int result: 2 per call; the argument frame
// comes from reflect's pool), and a method Value of a struct (the same, plus methodReceiver's
// escaping ifn: 3 per call). Part template.
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

func add(a, b int) int { return a + b }

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	f := reflect.ValueOf(add)
	args := []reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}
	m := reflect.ValueOf(T{5}).MethodByName("Get")
	for i := 0; i < 10; i++ {
		f.Call(args)
		m.Call(nil)
	}
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		f.Call(args)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("func Call:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		m.Call(nil)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("method Call:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}
