package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
}

// bigHolder is a 64 KiB object of pointers. Scanning it is more mark work than one worker
// turn does, so what it points to stays grey until the next turn.
type bigHolder struct {
	slots [8192]*node
}

var (
	holder  *bigHolder // greyed first by the globals job, so scanned last (LIFO)
	early   *node      // greyed after holder, so scanned before it: black before the move
	ballast []byte     // 4 MiB of bytes: past the first GC trigger
)

// setup builds early, holder -> B -> C (C holds 42). It returns before the GC starts, so no
// live stack frame points to B or C.
func setup() {
	early = &node{v: 1}
	holder = new(bigHolder)
	holder.slots[0] = &node{v: 2, next: &node{v: 42}}
}

// move hands C from B (not scanned yet) to early (already scanned: black).
func move() {
	b := holder.slots[0]
	early.next = b.next // store into a black object
	b.next = nil        // delete C's only other pointer
}

// spin runs n iterations of plain arithmetic: mutator time, 10 ns an iteration in gosim. With
// GOMAXPROCS=1 the mark worker is a fractional one: it runs only when main enters the scheduler,
// for its 25% share of the time since marking began (stopping at 30%). spin(25000) makes the first
// turn scan the runtime's start-up objects, early and holder but not B (window: 19000 to 33500);
// holder overruns it, so the next turn needs spin(19500) or more after. Real Go's timing differs.
func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func main() {
	setup()
	ballast = make([]byte, 4<<20) // the heap passes the trigger: a GC cycle starts
	s := spin(25000)
	runtime.Gosched() // the scheduler runs the fractional mark worker's turn
	move()
	s += spin(30000)
	runtime.Gosched() // the worker's next turn ends marking: C is scanned, or missed without the barrier
	fmt.Println("C still holds", early.next.v, s > 0)
}
