// Cleaning up text: strings.Replace, ReplaceAll, a Replacer, ToUpper/ToLower and Title-casing.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.ReplaceAll(s, "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<b>Tom & Jerry</b>"))
	fmt.Println(strings.ToUpper("Hello, Gopher!"), strings.ToLower("ÀÉÎ Go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("  !hi!  ", " !"))
}
