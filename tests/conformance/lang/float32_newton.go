// Newton's method for square roots in float32 and float64 side by side: the float32 iteration
// settles after fewer steps at a coarser value, and the residuals show each type's precision.
package main

import "fmt"

func sqrt32(x float32) (float32, int) {
	z := x / 2
	for i := 1; i <= 50; i++ {
		next := z - (z*z-x)/(2*z)
		if next == z {
			return z, i
		}
		z = next
	}
	return z, 50
}

func sqrt64(x float64) (float64, int) {
	z := x / 2
	for i := 1; i <= 50; i++ {
		next := z - (z*z-x)/(2*z)
		if next == z {
			return z, i
		}
		z = next
	}
	return z, 50
}

func main() {
	for _, x := range []float32{2, 3, 10, 0.01, 1e6, 12345.678} {
		r32, n32 := sqrt32(x)
		r64, n64 := sqrt64(float64(x))
		fmt.Printf("%-10v %-12v %2d  %-20v %2d  %e\n", x, r32, n32, r64, n64, float64(r32)-r64)
	}
	var acc32 float32
	var acc64 float64
	for i := 1; i <= 100000; i++ {
		acc32 += 1 / float32(i)
		acc64 += 1 / float64(i)
	}
	fmt.Println(acc32, acc64, float32(acc64), acc32 == float32(acc64))
	var kahan, comp float32
	for i := 1; i <= 100000; i++ {
		y := 1/float32(i) - comp
		t := kahan + y
		comp = (t - kahan) - y
		kahan = t
	}
	fmt.Println(kahan, kahan == float32(acc64))
}
