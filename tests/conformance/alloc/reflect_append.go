// reflect_append: the allocations of reflect.Append and AppendSlice (Go 1.19's grow: MakeSlice
// and Copy when the capacity is short, else Value.Slice's escaping header), and of
// Type.FieldByIndex (one []int{i} per step). 1000 operations each after a warm-up. Part xml.
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

type Inner struct{ A, B string }
type Outer struct {
	N  int
	In Inner
}

func main() {
	var a, b runtime.MemStats
	one := reflect.ValueOf(7)
	room := reflect.ValueOf(make([]int, 0, 4))
	full := reflect.ValueOf(make([]int, 3))
	two := reflect.ValueOf([]int{1, 2})
	t := reflect.TypeOf(Outer{})
	idx := []int{1, 0}
	for i := 0; i < 10; i++ {
		reflect.Append(room, one)
		reflect.Append(full, one)
		reflect.AppendSlice(full, two)
		t.FieldByIndex(idx)
	}
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		reflect.Append(room, one)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("Append with room:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		reflect.Append(full, one)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("Append growing:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		reflect.AppendSlice(full, two)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("AppendSlice growing:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		t.FieldByIndex(idx)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("FieldByIndex depth 2:", b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}
