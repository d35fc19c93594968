// io.ReadFull, io.ReadAtLeast and their errors (ErrUnexpectedEOF, ErrShortBuffer) with errors.Is.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("header12rest")
	hdr := make([]byte, 6)
	n, err := io.ReadFull(r, hdr)
	fmt.Printf("%q %d %v\n", hdr[:n], n, err)
	two := make([]byte, 2)
	io.ReadFull(r, two)
	fmt.Printf("%q\n", two)
	big := make([]byte, 10)
	n, err = io.ReadFull(r, big)
	fmt.Printf("%q %d %v %v\n", big[:n], n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(r, big)
	fmt.Println(n, err, err == io.EOF)

	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), make([]byte, 2), 4)
	fmt.Println(n, err, err == io.ErrShortBuffer)
	buf := make([]byte, 8)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 3)
	fmt.Printf("%q %v\n", buf[:n], err)

	wrapped := fmt.Errorf("reading config: %w", io.ErrUnexpectedEOF)
	fmt.Println(wrapped, errors.Is(wrapped, io.ErrUnexpectedEOF), errors.Is(wrapped, io.EOF))
}
