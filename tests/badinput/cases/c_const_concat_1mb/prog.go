package main

import "fmt"

// A 1.25 MiB string constant built by concatenation (s0 is 256 bytes): Go accepts it, and so
// must gosim.
const (
	s0  = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	s1  = s0 + s0
	s2  = s1 + s1
	s3  = s2 + s2
	s4  = s3 + s3
	s5  = s4 + s4
	s6  = s5 + s5
	s7  = s6 + s6
	s8  = s7 + s7
	s9  = s8 + s8
	s10 = s9 + s9
	s11 = s10 + s10
	s12 = s11 + s11
	big = s12 + s10 // 1 MiB + 256 KiB
)

func main() {
	fmt.Println(len(big))
}
