// Printable and graphic runes, and control characters, as a safe printer checks them.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', ' ', '\n', '\u00ad', '\u2028', '🙂', 0x7f, '\u3000'} {
		fmt.Printf("%U graphic=%v print=%v control=%v mark=%v symbol=%v\n", r, unicode.IsGraphic(r),
			unicode.IsPrint(r), unicode.IsControl(r), unicode.IsMark(r), unicode.IsSymbol(r))
	}
}
