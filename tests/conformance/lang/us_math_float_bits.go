// Looking inside a float64: math.Float64bits, Frexp and friends (unsafe under the hood).
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{1, -2, 0.1, math.Inf(1), math.SmallestNonzeroFloat64} {
		b := math.Float64bits(f)
		fmt.Printf("%v: %#016x sign=%d exp=%d\n", f, b, b>>63, (b>>52)&0x7ff)
	}
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18))
	fr, exp := math.Frexp(48)
	fmt.Println(fr, exp, math.Ldexp(fr, exp))
	ip, frac := math.Modf(-3.75)
	fmt.Println(ip, frac, math.Signbit(-0.0), math.Copysign(3, -1))
	fmt.Println(math.Float32bits(0.1), math.Nextafter(1, 2))
}
