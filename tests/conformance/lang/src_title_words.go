// Capitalising the first letter of every word, with unicode.ToTitle and utf8.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func title(s string) string {
	var out []byte
	prevLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) && !prevLetter {
			r = unicode.ToTitle(r)
		}
		prevLetter = unicode.IsLetter(r)
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

func main() {
	fmt.Println(title("hello wide world"))
	fmt.Println(title("émile zola, ǆungla and ñandú"))
	fmt.Println(title("  spaces\tand-dashes  "))
}
