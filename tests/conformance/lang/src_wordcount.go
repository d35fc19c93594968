// A tutorial word counter: words are runs of letters, split on anything else.
package main

import (
	"fmt"
	"unicode"
)

func words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

func main() {
	text := "The quick brown fox — jumps over 2 lazy dogs; the dogs sleep. Überall Ruhe!"
	counts := map[string]int{}
	ws := words(text)
	for _, w := range ws {
		lw := []rune(w)
		for i, r := range lw {
			lw[i] = unicode.ToLower(r)
		}
		counts[string(lw)]++
	}
	fmt.Println(len(ws), "words")
	for _, w := range []string{"the", "dogs", "überall", "2", "cat"} {
		fmt.Println(w, counts[w])
	}
}
