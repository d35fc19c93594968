// math/bits: counting, rotating and reversing the bits of an integer, and 128-bit products.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%08b %032b\n", bits.RotateLeft8(0b1001_0110, 3), bits.Reverse32(x))
	fmt.Printf("%#x\n", bits.ReverseBytes64(0x0102030405060708))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.UintSize)
}
