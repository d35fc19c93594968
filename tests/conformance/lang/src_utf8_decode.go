// Walking a string rune by rune with utf8.DecodeRuneInString, as a tokenizer does.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d: %q (%d bytes)\n", i, r, size)
		i += size
	}
	b := []byte("ça va")
	r, n := utf8.DecodeRune(b)
	fmt.Println(string(r), n)
	r, n = utf8.DecodeRune(nil)
	fmt.Println(r == utf8.RuneError, n)
}
