// A Caesar cipher that keeps case and leaves non-letters alone.
package main

import (
	"fmt"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r) && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	case unicode.IsLower(r) && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	}
	return r
}

func encode(s string, k int) string {
	out := []rune(s)
	for i, r := range out {
		out[i] = shift(r, k)
	}
	return string(out)
}

func main() {
	msg := "Hello, Gophers! Äpfel bleiben."
	enc := encode(msg, 3)
	fmt.Println(enc)
	fmt.Println(encode(enc, -3))
}
