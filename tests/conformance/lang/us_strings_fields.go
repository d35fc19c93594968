// Splitting a line of text into words with strings.Fields and joining them back.
package main

import (
	"fmt"
	"strings"
)

func main() {
	line := "  the quick  brown fox\tjumps over\nthe lazy dog  "
	words := strings.Fields(line)
	fmt.Println(len(words), words)
	fmt.Println(strings.Join(words, "-"))
	fmt.Printf("%q\n", strings.TrimSpace(line))
	fmt.Println(strings.Count(line, "the"), strings.Contains(line, "fox"), strings.Index(line, "brown"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
}
