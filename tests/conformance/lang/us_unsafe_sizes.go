// unsafe.Sizeof, Alignof and Offsetof: how Go lays out structs on amd64.
package main

import (
	"fmt"
	"unsafe"
)

type Point struct {
	X, Y int32
}

type Padded struct {
	A bool
	B int64
	C bool
	D int16
	P Point
}

type Tail struct {
	N int64
	E struct{}
}

func main() {
	var p Padded
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Sizeof(Tail{}))
	fmt.Println(unsafe.Offsetof(p.A), unsafe.Offsetof(p.B), unsafe.Offsetof(p.C), unsafe.Offsetof(p.D), unsafe.Offsetof(p.P))
	fmt.Println(unsafe.Offsetof(p.P.Y), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}))
	var i interface{} = 1
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(uintptr(0)), unsafe.Alignof(int16(0)), unsafe.Sizeof([3]int32{}))
	const n = unsafe.Sizeof(int64(0)) * 2
	var arr [n]byte
	fmt.Println(len(arr))
}
