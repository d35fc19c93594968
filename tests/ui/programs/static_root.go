// Objects reached only through Go's static data: t and table are laid out by the compiler
// (staticinit: &T{...} and the slice's backing array are static symbols in .data, no malloc),
// and main stores heap pointers into them. No variable of any frame holds the heap objects;
// the collector finds them by scanning .data (markrootBlock), and so does the Heap graph.
package main

import "runtime"

type T struct {
	next *T
	v    int
}

var t = &T{next: &T{v: 2}, v: 1}
var table = []*T{{v: 10}, {v: 11}}

func main() {
	t.next.next = new(T)
	t.next.next.v = 3
	table[1].next = &T{v: 12}
	runtime.GC()
	println(t.next.next.v, table[1].next.v)
}
