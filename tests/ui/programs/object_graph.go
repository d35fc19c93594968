// A list of four nodes built by a helper, so only the first is held by a variable: the others
// are reachable through pointers alone (the collector finds them by scanning). Twelve 4 KiB
// buffers are allocated and dropped; with GOGC=5 (object_graph.json) the goal is 205 KB and a
// GC cycle starts at the seventh buffer, while the heap holds a few dozen objects. (At GOGC=2,
// 84 KB, Go's start-up heap already passes it before main.main: 31 mallocs in 16 spans, which
// heapLive counts whole while the P caches them, 168 KiB; the cycle would start and end inside
// build.) Between allocations move() shifts c between a.other and b.other, and while the cycle
// marks, the hybrid write barrier shades the pointer each store overwrites: the Heap panel's
// object graph, small enough to read. The first assist's credit (it scans the globals, more work
// than it owed) lasts past the loop, so runtime.GC() at the end finishes the marking: each
// object's scan greys the next.
package main

import "runtime"

type node struct {
	next  *node
	other *node
	v     int
}

var head *node
var sink []byte

func build() *node {
	d := &node{v: 4}
	c := &node{v: 3, next: d}
	b := &node{v: 2, next: c}
	return &node{v: 1, next: b}
}

// move deletes one pointer to c and stores another: a.other <-> b.other.
func move(i int) {
	a := head
	b := a.next
	c := b.next
	if i%2 == 0 {
		a.other = nil
		b.other = c
	} else {
		b.other = nil
		a.other = c
	}
}

func main() {
	a := build()
	head = a
	a.other = a.next.next
	for i := 0; i < 12; i++ {
		sink = make([]byte, 4096)
		move(i)
	}
	runtime.GC()
	println(a.next.next.next.v, len(sink))
}
