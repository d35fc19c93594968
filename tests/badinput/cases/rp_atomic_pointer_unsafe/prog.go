package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

func main() {
	var p unsafe.Pointer
	fmt.Println(atomic.LoadPointer(&p))
}
