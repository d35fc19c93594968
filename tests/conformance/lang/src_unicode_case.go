// Case mapping with unicode.ToUpper, ToLower, ToTitle and SimpleFold.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aB ßǅσΣİ1" {
		fmt.Printf("%c upper=%c lower=%c title=%c fold=%c\n", r, unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Printf("%c %c\n", unicode.To(unicode.UpperCase, 'q'), unicode.TurkishCase.ToUpper('i'))
}
