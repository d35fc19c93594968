// Reversing a string by decoding its last rune each time.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		out = utf8.AppendRune(out, r)
		s = s[:len(s)-size]
	}
	return string(out)
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	fmt.Println(reverse("añb"))
	r, size := utf8.DecodeLastRune([]byte("xyz€"))
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("")
	fmt.Println(r, size)
}
