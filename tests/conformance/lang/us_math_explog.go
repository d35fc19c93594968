// Exponentials and logarithms, bit for bit: math.Exp and math.Log run amd64 assembly in Go.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 0.5, 1, 2, 10, -3.7, 100, 709, 710, -745, -800, 1e-10} {
		fmt.Println(x, math.Exp(x), math.Float64bits(math.Exp(x)))
	}
	for _, x := range []float64{1, 2, math.E, 10, 0.1, 1e300, 5e-324, 0, -1} {
		fmt.Println(x, math.Log(x), math.Float64bits(math.Log(x)))
	}
	fmt.Println(math.Log2(1024), math.Log10(1e-5), math.Log1p(1e-20), math.Expm1(1e-5))
	fmt.Println(math.Hypot(1e300, 1e300), math.Hypot(3e-310, 4e-310), math.Hypot(math.Inf(-1), math.NaN()))
}
