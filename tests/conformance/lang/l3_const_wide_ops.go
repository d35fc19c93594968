// Wide constant arithmetic corner by corner: truncated / and % on negatives, floor >> and
// two's complement bits past 128 bits, 2^127 at the Int128 edge, wide values as floats,
// conversions of shifted-down wide constants to every integer width, a 512-bit bound.
package main

import (
	"fmt"
	"math"
)

const (
	a = 1 << 300
	b = -a + 12345678901234567
	c = 0x7fff_ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff
	d = 99999999999999999999999999999999999999999999999 // 47 digits
	e = 1 << 127
	f = -1 << 127
	g = e - 1
)

func main() {
	fmt.Println(a>>290, b>>280, b/a, b%1000003, -b%1000003, a%b)
	fmt.Println(c>>100, c&^(c>>4)>>140, c|^c, ^c>>150, c^-1 == ^c)
	fmt.Println(d%1000000007, d/1e40, float64(d), float32(d>>100))
	fmt.Println(e/2>>64, f/2>>64, -f/2>>64, g-e, f-e+e == f, (e*e)>>250, e*-1 == f)
	fmt.Println(uint64(e>>64), int64(f>>64), uint8(a>>293), int8(b>>294))
	fmt.Println(math.MaxUint64*2>>1 == math.MaxUint64, math.MinInt64*math.MinInt64>>124 == 4)
	fmt.Println(a/3*3 == a-a%3, (a+1)/(a-1), (a-1)/(a+1), -a/(a-1), a%(a-1))
	const h = (a >> 100) * (a >> 100) / a >> 90
	var i int = h
	var j float64 = a
	var k = float64(a) / 1e90
	fmt.Println(i, j, k, 1e100 < a, 2e90 > a, a == 1<<300, a != 1<<301)
	fmt.Printf("%v %T %v\n", a>>299, a>>299, complex(float64(a>>280), 0))
	const z = 1<<511 - 1 + 1<<511
	fmt.Println(z >> 500, z&7, len([z >> 508]int{}))
	x := 3
	fmt.Println(a>>296<<x, 1<<x*(a>>298))
}
