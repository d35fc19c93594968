// Reading an empty standard input gives io.EOF, the one value (err == io.EOF).
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 16)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = os.Stdout.Read(buf)
	fmt.Println(n, err)
	fmt.Println(io.EOF, io.EOF == io.EOF)
	var r io.Reader = os.Stdin
	n, err = r.Read(buf)
	fmt.Println(n, err == io.EOF)
}
