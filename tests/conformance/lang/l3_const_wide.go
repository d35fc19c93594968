// Untyped integer constants are exact far past 64 bits (Go keeps at least 256 bits, and
// checks 512): intermediate values may be huge as long as the final value fits its type.
package main

import (
	"fmt"
	"math"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB // 2^70: too big for any integer type, fine as a constant
	YB
)

const big = 1 << 200

// A 40-digit literal and a hexadecimal one past 128 bits.
const googolish = 1234567890123456789012345678901234567890
const mask = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff

func main() {
	fmt.Println(big >> 190)
	fmt.Println(big * big / big >> 190)
	fmt.Println(YB/ZB, ZB/EB, float64(YB))
	fmt.Println(googolish%1000000007, googolish/1e30)
	fmt.Println(mask>>100, mask&0xff, mask^(mask>>8) == 0xff<<136)
	fmt.Println(-big>>199, (-big+1)>>199, -big%7, -(big / 3 % 1000))
	fmt.Println(^big>>195, ^(-big)>>195, (big|1)&7, (big-1)&^(big>>1)>>197)
	fmt.Println(math.MaxUint64*math.MaxUint64/math.MaxUint64 == math.MaxUint64)
	const x = (1<<511 - 1) * 2 >> 500
	fmt.Println(x, float64(big), float32(1<<127*3/2))
	var u uint64 = big >> 137
	fmt.Println(u, big > 1<<199, -big < math.MinInt64)
}
