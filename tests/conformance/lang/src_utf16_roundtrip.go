// unicode/utf16 from Go's source: surrogate pairs, as Windows and JavaScript strings use them.
package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	rs := []rune("Go 😀 𝄞!")
	u := utf16.Encode(rs)
	fmt.Println(len(rs), len(u))
	for _, c := range u {
		fmt.Printf("%04x ", c)
	}
	fmt.Println()
	back := utf16.Decode(u)
	fmt.Println(string(back))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %v\n", r1, r2, utf16.IsSurrogate(r1))
	fmt.Printf("%c\n", utf16.DecodeRune(r1, r2))
	fmt.Println(utf16.DecodeRune('a', 'b'), utf16.IsSurrogate('a'))
	fmt.Println(string(utf16.Decode([]uint16{0xd800, 'x'})))
}
