// Escape analysis with a package from source (issue 19): unicode/utf8 is analysed too (its
// allocations are decided as Go decides them), but only the main package's lines print, as
// go build -gcflags=-m prints only the packages it compiles.
package main

import (
	"fmt"
	"unicode/utf8"
)

type T struct{ b []byte }

func build(n int) *T {
	t := &T{}
	for i := 0; i < n; i++ {
		t.b = utf8.AppendRune(t.b, 'é')
	}
	return t
}

func main() {
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(n, len(build(3).b))
}
