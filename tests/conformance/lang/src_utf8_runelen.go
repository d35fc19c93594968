// unicode/utf8 from Go's source: lengths and counts of runes in UTF-8.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x10FFFF, 0x110000, 0xD800} {
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for _, s := range []string{"", "hello", "héllo", "日本語", "a😀b"} {
		fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	}
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
}
