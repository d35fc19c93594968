package main

import (
	"fmt"
	"unsafe"
)

type eface struct {
	typ, data unsafe.Pointer
}

func main() {
	var x interface{} = 42
	e := (*eface)(unsafe.Pointer(&x))
	fmt.Println(e.data != nil)
}
