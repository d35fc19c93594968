// static_init_dynamic: what Go's static initialization cannot lay out stays code in the
// package's init (staticinit.StaticAssign gives up): calls, map literals, new(T), a variable of
// another package. Inside a static composite literal only the dynamic element is code, so
// &T{...} with a call inside allocates nothing for the T itself. Counted between two package
// variables that read MemStats.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func mallocs() [2]uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return [2]uint64{m.Mallocs, m.TotalAlloc}
}

type T struct {
	n int
	p *int
	m map[string]int
}

//go:noinline
func newInt() *int { return new(int) }

var m0 = mallocs()
var errA = errors.New("a")
var m1 = mallocs()
var small = map[string]int{"a": 1, "b": 2}
var m2 = mallocs()
var p = new(int)
var m3 = mallocs()
var t = &T{n: 1, p: newInt()}
var m4 = mallocs()
var ts = []T{{n: 1}, {m: map[string]int{}}}
var m5 = mallocs()
var errs = []error{errA, errors.New("b")}
var m6 = mallocs()
var big = map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j",
	11: "a", 12: "b", 13: "c", 14: "d", 15: "e", 16: "f", 17: "g", 18: "h", 19: "i", 20: "j",
	21: "a", 22: "b", 23: "c", 24: "d", 25: "e", 26: "f", 27: "g", 28: "h", 29: "i", 30: "j"}
var m7 = mallocs()

func main() {
	ms := [][2]uint64{m0, m1, m2, m3, m4, m5, m6, m7}
	names := []string{"errors.New", "small map", "new(int)", "&T{call}", "[]T{map}", "[]error{call}", "31-entry map"}
	for i, n := range names {
		fmt.Println(n, "mallocs", ms[i+1][0]-ms[i][0], "bytes", ms[i+1][1]-ms[i][1])
	}
	fmt.Println(errA, small["b"], *p, t.n, *t.p, ts[1].m != nil, errs[1], big[30], len(big))
}
