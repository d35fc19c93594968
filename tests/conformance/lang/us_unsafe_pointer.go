// unsafe.Pointer conversions the standard library relies on: reinterpreting bits, walking an
// array with unsafe.Add, and a slice over an array with unsafe.Slice.
package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func main() {
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third)
	*third = 33
	fmt.Println(arr)
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	b := []byte("bytes")
	h := (*header)(unsafe.Pointer(&b))
	fmt.Println(h.len, h.cap)
	str := *(*string)(unsafe.Pointer(&b))
	fmt.Println(str)
	u := uintptr(unsafe.Pointer(&arr[0]))
	second := (*int32)(unsafe.Pointer(u + 4))
	fmt.Println(*second)
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *int
	_ = unsafe.Slice(np, 1)
}
