package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	fmt.Println(unsafe.Offsetof(t.M))
}
