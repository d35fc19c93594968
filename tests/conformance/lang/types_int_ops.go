package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a/b, a%b, -a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	var s uint = 3
	fmt.Println(1<<s, a<<s, a>>2, -a>>2)
	var n int8 = -128
	fmt.Println(n>>1, n>>7, -n)
	var u8 uint8 = 0xF0
	fmt.Println(u8>>4, u8<<1, ^u8)
	var big uint = 70
	var one int64 = 1
	fmt.Println(one<<big, uint32(1)<<31>>big)
	var neg int32 = -1
	fmt.Println(neg>>40, uint32(neg)>>28)
	x := 0x7f
	y := 0b1010
	z := 0o17
	w := 1_000_000
	fmt.Println(x, y, z, w, 'a', '\n')
	c := 7
	c <<= 2
	c >>= 1
	c &^= 2
	c |= 1
	c ^= 0xff
	c %= 100
	fmt.Println(c)
}
