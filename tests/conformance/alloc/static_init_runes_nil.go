// static_init_runes_nil: more of what Go's static initialization lays out as data, at no malloc:
// []rune("constant") (the type checker makes it a slice literal of the runes, tcConv ->
// stringtoruneslit), a typed nil converted to an interface (the type word is data too, so the
// interface is not == nil), and &T{...} elided inside a slice literal. Counted between two
// package variables that read MemStats, as static_init_literals does.
package main

import (
	"fmt"
	"runtime"
)

func mallocs() [2]uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return [2]uint64{m.Mallocs, m.TotalAlloc}
}

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type T struct{ a, b int }

var m0 = mallocs()

var runes = []rune("héllo, 世界")
var empty = []rune("")
var typedNil error = (*E)(nil)
var nilSlice interface{} = []int(nil)
var untypedNil error = nil
var elided = []*T{{a: 1}, {b: 2}}
var m1 = mallocs()

func main() {
	fmt.Println("static runes and nils: mallocs", m1[0]-m0[0], "bytes", m1[1]-m0[1])
	fmt.Println(len(runes), string(runes[7:]), runes[1], len(empty), empty == nil)
	fmt.Println(typedNil != nil, nilSlice != nil, untypedNil == nil, elided[0].a, elided[1].b)
}
