// Printing edge values of float32 and float64: NaN, ±Inf, -0, the smallest denormals and the
// largest finite values, with Println, %v, %g, %e, %f, %b and %x, and print's own format.
package main

import "fmt"

const (
	maxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	smallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	maxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	smallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

func main() {
	var z32 float32
	var z64 float64
	nan32, nan64 := z32/z32, z64/z64
	inf32, inf64 := 1/z32, 1/z64
	neg32, neg64 := -z32, -z64
	fmt.Println(nan32, inf32, -inf32, neg32, z32)
	fmt.Println(nan64, inf64, -inf64, neg64, z64)
	var m32 float32 = maxFloat32
	var s32 float32 = smallestNonzeroFloat32
	fmt.Println(m32, s32, float64(m32), float64(s32))
	fmt.Println(maxFloat64, smallestNonzeroFloat64)
	fmt.Printf("%g %e %.3e %b %x\n", m32, m32, s32, s32, m32)
	fmt.Printf("%g %e %b %x %X\n", maxFloat64, smallestNonzeroFloat64, 1.0, 1.0, -0.5)
	fmt.Printf("%v %5.1f %+v % v %08.3f\n", nan32, inf32, neg32, z32, float32(-3.14159))
	fmt.Printf("%6.2f|%-8v|%08v|%+g\n", inf64, nan64, -inf64, neg64)
	fmt.Println(nan32 == nan32, neg32 == z32, inf32 > m32, s32/2, s32*0.5)
	fmt.Println(m32*2, -m32*2, float32(float64(m32)*1.0000001))
	println(nan32, inf32, neg32, m32, s32)
	println(nan64, -inf64, neg64, maxFloat64, smallestNonzeroFloat64)
	var tiny float32 = 1e-45
	var half float32 = 0.5e-45
	fmt.Println(tiny, half, tiny == s32)
}
