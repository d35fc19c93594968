// Which script a rune belongs to: unicode.Is and unicode.In with Go's range tables.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "Aж世ひ한α7" {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Cyrillic, r),
			unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Hangul), unicode.Is(unicode.Greek, r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.Version)
}
