package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	var b byte = 0
	b--
	fmt.Println(b)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	var r rune = -2147483648
	r = -r
	fmt.Println(r)
	var u32 uint32 = 1 << 31
	u32 <<= 1
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var i int = -9223372036854775808
	i = i / -1
	fmt.Println(i)
	var u uint = 3
	u -= 5
	fmt.Println(u)
	var up uintptr = 1
	up -= 2
	fmt.Println(up)
	m := int32(100000)
	fmt.Println(m * m)
	fmt.Printf("%T %T %T %T\n", b, r, up, u)
}
