// Numeric conversions with float32: rounding from float64 and from integers (ties to even),
// truncation toward zero to integers, unsigned and signed boundaries, and constants converted
// exactly as Go rounds them.
package main

import "fmt"

func main() {
	f64s := []float64{0.1, 1.0000001, 16777217, 16777219, 3.4e38, 1e-40, -2.5, 2.5, 123.999}
	for _, f := range f64s {
		g := float32(f)
		fmt.Println(f, g, float64(g), int32(g), f == float64(g))
	}
	ints := []int64{1<<24 + 1, 1<<24 + 3, -(1<<31), 1<<53 + 1, 9007199254740993}
	for _, i := range ints {
		fmt.Println(i, float32(i), float64(i), int64(float32(i)))
	}
	var u uint64 = 1<<63 + 1<<40
	fmt.Println(float32(u), uint64(float32(u)), float64(u))
	var u32 uint32 = 4294967295
	fmt.Println(float32(u32), uint32(float32(u32)/2), float64(u32))
	const c1 = float32(0.1)
	const c2 = float32(1) / 3
	const c3 float32 = 16777217
	fmt.Println(c1, c2, c3, float64(c1), c1 == 0.1, float64(c1) == 0.1)
	var f32 float32 = 7.9
	fmt.Println(int(f32), int8(-f32), uint8(f32), uint16(f32*1000), byte(f32))
	h := float32(0.5)
	for i := 0; i < 5; i++ {
		h = h*h + 0.25
	}
	fmt.Println(h, float64(h))
	fmt.Printf("%.10f %.10f %v\n", float32(1)/3, float64(float32(1)/3), float32(2)/3 == float32(2.0/3.0))
}
