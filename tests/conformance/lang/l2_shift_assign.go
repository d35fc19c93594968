// Shift assignments (x <<= n, x >>= n) with counts of every width: a uint32 CRC table built in a
// loop (hash/crc32's simplePopulateTable), typed and untyped counts, a count past the width, a
// negative variable count's panic.
package main

import "fmt"

func main() {
	var t [8]uint32
	for i := 0; i < 8; i++ {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = (crc >> 1) ^ 0xedb88320
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	fmt.Println(t)
	var b uint8 = 0xff
	var s8 uint8 = 3
	var s16 int16 = 2
	var s64 uint64 = 1
	b >>= s8
	fmt.Println(b)
	b <<= s16
	fmt.Println(b)
	b <<= 9
	fmt.Println(b)
	x := int32(-1024)
	x >>= s64
	fmt.Println(x)
	x <<= uint(40)
	fmt.Println(x)
	u := uint16(0x8001)
	for k := 0; k < 3; k++ {
		u >>= 1
		u <<= 0
		fmt.Println(k, u)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	x >>= n
	fmt.Println(x)
}
