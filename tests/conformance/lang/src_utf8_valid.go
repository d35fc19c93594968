// Validating UTF-8: broken sequences decode as RuneError of width 1.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"plain", "caf\xc3\xa9", "bad\xffbyte", "\xe2\x82", "\xed\xa0\x80", "ok 😀"}
	for _, s := range inputs {
		fmt.Println(utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.RuneCountInString(s))
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError {
				fmt.Println("  error at", i, "width", n)
			}
			i += n
		}
	}
}
