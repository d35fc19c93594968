// Parsing numbers by hand with unicode.IsDigit and unicode.IsSpace, as a small lexer does.
package main

import (
	"fmt"
	"unicode"
)

func numbers(s string) []int {
	var out []int
	n, in := 0, false
	for _, r := range s {
		if unicode.IsDigit(r) && r < 128 {
			n = n*10 + int(r-'0')
			in = true
			continue
		}
		if in {
			out = append(out, n)
			n, in = 0, false
		}
	}
	if in {
		out = append(out, n)
	}
	return out
}

func main() {
	nums := numbers("12 apples, 7 pears and 1000 grapes; ٣ is Arabic-Indic")
	sum := 0
	for _, v := range nums {
		sum += v
	}
	fmt.Println(nums, sum)
	fmt.Println(unicode.IsDigit('٣'), unicode.IsNumber('½'), unicode.IsDigit('½'))
}
