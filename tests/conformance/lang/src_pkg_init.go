// Package-level variables that use imported packages' functions are initialized after those
// packages, then init functions run, then main.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

var width = utf8.RuneLen('世') + utf8.RuneLen('a')
var upper = unicode.ToUpper(first)
var first = 'g'

func init() {
	fmt.Println("init", width, string(upper))
}

func main() {
	fmt.Println("main", width, string(upper), utf8.RuneError)
}
