package main

import (
	"fmt"
	"runtime"
)

// obj is 48 bytes with a pointer: size class 5, span class 10 (scan). One 8 KiB span holds
// 8192/48 = 170 of them.
type obj struct {
	next *obj
	pad  [5]int
}

var list *obj // every object stays reachable through this list

func build(n int) {
	for i := 0; i < n; i++ {
		list = &obj{next: list}
	}
}

// dropEveryOther unlinks every second object, so the next GC frees half of each span.
func dropEveryOther() {
	for o := list; o != nil && o.next != nil; o = o.next {
		o.next = o.next.next
	}
}

func count() int {
	n := 0
	for o := list; o != nil; o = o.next {
		n++
	}
	return n
}

func main() {
	build(400) // 170 + 170 + 60: the mcache's span fills twice
	fmt.Println("objects:", count())
	dropEveryOther()
	runtime.GC() // the sweep leaves the first spans half free: partial spans in mcentral
	build(200) // refills now come from mcentral's partial spans, not from mheap
	fmt.Println("objects:", count())
}
