// Building a table with strings.Builder instead of repeated string concatenation.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "%d x %d = %2d\n", i, i, i*i)
	}
	b.WriteString(strings.Repeat("=", 12))
	b.WriteByte('\n')
	b.WriteRune('✓')
	fmt.Print(b.String())
	fmt.Println()
	fmt.Println("len:", b.Len())
	var c strings.Builder
	c.Grow(64)
	fmt.Println(c.Cap() >= 64, c.Len())
}
