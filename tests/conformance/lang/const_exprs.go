// Untyped constant arithmetic is exact: fractions stay fractions, huge intermediates are fine,
// and only the final value has to fit its type. Typed constants follow their type.
package main

import "fmt"

const (
	third      = 1.0 / 3
	one        = third * 3
	big        = 1 << 100
	small      = big >> 98
	huge       = 1e300 * 1e300 / 1e300 / 1e299
	exactTenth = 0.1 + 0.2 - 0.3
	mask       = ^uint32(0) >> 4
	neg        = -7 / 2
	negRem     = -7 % 3
	typedF     float32 = 1.0 / 3
	hexF       = 0x1.8p1
	binI       = 0b1010_1010
	octI       = 0o777
	runeSum    = 'a' + 1
	str        = "héllo" + ", " + "wörld"
	strLen     = len(str)
	cplx       = (1 + 2i) * (3 - 4i) / 5i
)

const (
	kb, mb = 1 << (10 * (iota + 1)), 1 << (10 * (iota + 2))
	gb, tb
)

var arr [len("four")]int

func main() {
	fmt.Println(third, one == 1, small, huge, exactTenth == 0)
	fmt.Println(kb, mb, gb, tb, mask, neg, negRem, typedF, hexF, binI, octI)
	fmt.Println(runeSum, string(rune(runeSum)), str, strLen, len(arr), cap(arr))
	fmt.Println(cplx, real(cplx), imag(cplx))
	fmt.Printf("%T %T %T %T %T\n", third, big>>90, runeSum, cplx, typedF)
	const f = 1 << 62
	var i64 int64 = f * 2 - 1
	var u8 uint8 = 255
	u8++
	fmt.Println(i64, u8, big/big, 1e-400 == 0, 5.0 == 5)
	x := 10
	fmt.Println(x/3, x%3, -x/3, -x%3, float64(x)/3)
	const c = 'x' - 'a'
	var b byte = c
	fmt.Println(c, b, 'x'*2, "abc"[1], len([3]int{}))
}
