// Palindromes over letters only, ignoring case, rune by rune from both ends.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func isPalindrome(s string) bool {
	for len(s) > 0 {
		r1, n1 := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r1) {
			s = s[n1:]
			continue
		}
		r2, n2 := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r2) {
			s = s[:len(s)-n2]
			continue
		}
		if unicode.ToLower(r1) != unicode.ToLower(r2) {
			return false
		}
		if len(s) <= n1 {
			return true
		}
		s = s[n1 : len(s)-n2]
	}
	return true
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Gopher", "ésé", ""} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
}
