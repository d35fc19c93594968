// float32 accumulation against float64: every float32 operation rounds to 24 bits, so a
// running sum of 0.1 drifts differently from the float64 one.
package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	fmt.Println(float64(s32), float32(s64))
	fmt.Printf("%v %g %f %.3f %e %8.2f|\n", s32, s32, s32, s32, s32, s32)
	var x float32 = 16777216
	fmt.Println(x+1, x+2, x+1 == x)
	third := float32(1) / 3
	fmt.Println(third, third*3, float64(third))
	println(third, s32)
	h := float32(1e20)
	fmt.Println(h*h, -h*h, h*h-h*h)
	var n int32 = 123456789
	fmt.Println(float32(n), int32(float32(n)), int64(third*1e9))
	var u uint64 = 1<<64 - 1
	fmt.Println(float32(u), float64(u))
	type pt struct {
		X, Y float32
		N    int8
	}
	p := pt{1.5, -2.25, 3}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(p == pt{1.5, -2.25, 3}, third < 0.34, third > 0.3333)
}
