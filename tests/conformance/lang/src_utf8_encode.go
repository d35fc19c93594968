// Encoding runes into a byte buffer with utf8.EncodeRune and utf8.AppendRune.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, utf8.UTFMax)
	for _, r := range []rune{'A', 'ß', '€', '𝄞', 0xDFFF} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%c %d % x\n", r, n, buf[:n])
	}
	var out []byte
	for _, r := range "Go語" {
		out = utf8.AppendRune(out, r)
	}
	out = utf8.AppendRune(out, '!')
	fmt.Println(string(out), len(out))
}
