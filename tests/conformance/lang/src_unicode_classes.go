// unicode's character classes, read from Go's own tables.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t!é世Ⅻ_\u00a0" {
		fmt.Printf("%q letter=%v upper=%v lower=%v digit=%v number=%v space=%v punct=%v print=%v\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsPrint(r))
	}
}
