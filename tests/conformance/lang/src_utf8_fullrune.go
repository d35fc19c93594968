// Streaming input: FullRune says whether a buffer holds a whole rune, RuneStart finds boundaries.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	data := []byte("a€b😀")
	for i := 0; i <= len(data); i++ {
		fmt.Println(i, utf8.FullRune(data[:i]), utf8.FullRuneInString(string(data[:i])))
	}
	for i, c := range data {
		fmt.Println(i, utf8.RuneStart(c))
	}
}
