package main

import "fmt"

func main() {
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var i8 int8 = -5
	fmt.Println(int64(i8), uint8(i8), uint(uint8(i8)))
	var u32 uint32 = 4294967295
	fmt.Println(int32(u32), int64(u32))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	n := 7
	fmt.Println(float64(n)/2, n/2)
	r := 'é'
	fmt.Println(r, byte(r), int32(r))
	h := 1 << 40
	fmt.Println(int32(h), int32(h+5), uint16(h-1))
	var c int64 = -9223372036854775808
	fmt.Println(uint64(c), int32(c))
}
