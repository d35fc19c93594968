// How long a string is in UTF-16 code units (JavaScript's length), with utf16.RuneLen logic by hand.
package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

func jsLength(s string) int {
	n := 0
	for _, r := range s {
		if r1, _ := utf16.EncodeRune(r); r1 != '\uFFFD' {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func main() {
	for _, s := range []string{"abc", "€uro", "😀", "a𝄞b"} {
		fmt.Println(s, len(s), utf8.RuneCountInString(s), jsLength(s), len(utf16.Encode([]rune(s))))
	}
}
