package main

import "unsafe"

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	var p unsafe.Pointer
	_ = unsafe.Offsetof(t.M)
	_ = int64(p)
	_ = unsafe.Add(p, 1.5)
	_ = unsafe.Slice(t, 2)
	_ = unsafe.Offsetof(t)
}
