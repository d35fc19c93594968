// static_init_maplit_hint: a map literal whose values are variables (not constants) is still
// made with room for every entry: order.go moves the dynamic entries out of the literal and adds
// their count to the hint (n.Len), and walk/complit.go maplit makes the map with that hint. So
// unicode's Categories/Scripts/Properties maps are made at their final size, never grown.
// 40 entries: hint 40 gives B = 3 (eight buckets); whether one needs an overflow bucket depends
// on the random hash seed (Go: 2 to 4 mallocs over 20 runs, NAME.range); grown from no hint
// the map would take 6.
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

type R struct{ a, b int }

var r1 = &R{1, 2}
var r2 = &R{3, 4}
var A = r1
var B = r2
var m0 = mallocs()
var mm = map[int]*R{1: A, 2: B, 3: A, 4: B, 5: A, 6: B, 7: A, 8: B, 9: A, 10: B, 11: A, 12: B, 13: A, 14: B, 15: A, 16: B, 17: A, 18: B, 19: A, 20: B, 21: A, 22: B, 23: A, 24: B, 25: A, 26: B, 27: A, 28: B, 29: A, 30: B, 31: A, 32: B, 33: A, 34: B, 35: A, 36: B, 37: A, 38: B, 39: A, 40: B}
var m1 = mallocs()

func main() {
	fmt.Println("map literal of 40 variables: mallocs", m1[0]-m0[0], "bytes", m1[1]-m0[1], "len", len(mm))
	local := map[int]*R{1: A, 2: B, 3: A, 4: B, 5: A, 6: B, 7: A, 8: B, 9: A}
	fmt.Println(len(local), mm[40].a)
}
