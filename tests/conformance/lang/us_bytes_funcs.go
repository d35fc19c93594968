// The bytes package's functions mirror strings': comparing, searching and trimming byte slices.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Equal(a, []byte("Hello, World")), bytes.Compare(a, []byte("Help")))
	fmt.Println(bytes.Index(a, []byte("World")), bytes.IndexByte(a, 'o'), bytes.Count(a, []byte("l")))
	fmt.Printf("%s\n", bytes.ToUpper(a))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s|\n", bytes.TrimSpace([]byte("  padded  ")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.Contains(a, []byte(", ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
}
