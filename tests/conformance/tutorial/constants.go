// Constants: untyped constants are exact; they take a type only where they are used.
package main

import (
	"fmt"
	"math"
)

const s string = "constant"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	Big   = 1 << 100
	Small = Big >> 99
)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(s)
	const n = 500000000
	const d = 3e20 / n
	fmt.Println(d)
	fmt.Println(int64(d))
	fmt.Println(math.Sin(n))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	const third = 1.0 / 3
	fmt.Println(third*3 == 1)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(math.Pi)
}
