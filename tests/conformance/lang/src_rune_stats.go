// Counting letters, digits, spaces and symbols of a text, with a struct of counters.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

type stats struct {
	letters, digits, spaces, punct, other, bytes, runes int
}

func count(s string) stats {
	st := stats{bytes: len(s), runes: utf8.RuneCountInString(s)}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.letters++
		case unicode.IsDigit(r):
			st.digits++
		case unicode.IsSpace(r):
			st.spaces++
		case unicode.IsPunct(r):
			st.punct++
		default:
			st.other++
		}
	}
	return st
}

func main() {
	fmt.Printf("%+v\n", count("Go 1.19 ist schön! 2 + 2 = 4 ✓"))
	fmt.Printf("%+v\n", count("日本語のテキスト、です。"))
}
