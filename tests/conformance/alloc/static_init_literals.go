// static_init_literals: Go's compiler lays out package variables whose initialiser is static
// (cmd/compile/internal/staticinit) as data in the binary: composite literals of constants,
// slices (their backing array is a static symbol), &T{...}, []byte("constant"), interface
// conversions, addresses of other variables, funcs. They cost no malloc at init. Counted between
// two package variables that read MemStats: the first and the last in initialization order.
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

type T struct {
	a, b int
	p    *int
	s    []string
}

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type pair struct{ x, y int }

func f() int { return 3 }

var m0 = mallocs()

var x = 7
var ints = []int{1, 2, 3, 4, 5, 6, 7, 8}
var ptr = &T{1, 2, &x, []string{"a", "b"}}
var ptrs = []*T{{a: 1}, {b: 2}, ptr}
var arr = [4]pair{{1, 2}, {3, 4}}
var bs = []byte("hello, world")
var e error = &E{"boom"}
var any1 interface{} = pair{5, 6}
var any2 interface{} = 1000
var anys = []interface{}{1, "two", pair{3, 4}, &x}
var fn = f
var lit = func() int { return 4 }
var addr = &arr[1].y
var copyOfPtr = ptr
var copyOfInts = ints
var nested = map[string]int(nil)
var m1 = mallocs()

func main() {
	fmt.Println("static literals: mallocs", m1[0]-m0[0], "bytes", m1[1]-m0[1])
	fmt.Println(x, ints[7], ptr.p == &x, ptr.s[1], ptrs[2] == ptr, ptrs[0].a, arr[1].y, string(bs), e, any1, any2, anys[1], anys[3] == &x)
	fmt.Println(fn(), lit(), *addr, copyOfPtr == ptr, &copyOfInts[0] == &ints[0], nested == nil)
}
