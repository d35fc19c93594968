// A text-processing loop over unicode and unicode/utf8 from Go's source (issue 19's
// strings/strconv-heavy benchmark, with the packages gosim loads from source today).
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	text := "The quick brown fox jumps over the lazy dog. Größe, 世界, ünïcödé! 12345 "
	letters, upper, digits, runes := 0, 0, 0, 0
	var buf []byte
	for i := 0; i < 200; i++ {
		for j := 0; j < len(text); {
			r, n := utf8.DecodeRuneInString(text[j:])
			j += n
			runes++
			if unicode.IsLetter(r) {
				letters++
			}
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.IsDigit(r) {
				digits++
			}
			buf = utf8.AppendRune(buf[:0], unicode.ToUpper(r))
		}
	}
	fmt.Println(letters, upper, digits, runes, len(buf))
}
