// (*os.File).Write, WriteString and Name on the standard streams.
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("raw bytes\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("a string\n")
	fmt.Println(n, err)
	os.Stderr.WriteString("to stderr\n")
	n, err = os.Stdout.Write(nil)
	fmt.Println(n, err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Printf("%T %T\n", os.Stdout, os.Stderr)
	fmt.Println(os.Stdout == os.Stdout, os.Stdout == os.Stderr)
}
