// A Tour of Go: Readers. Read fills a byte slice and returns io.EOF at the end; MyReader emits 'A's.
package main

import (
	"fmt"
	"io"
	"strings"
)

type MyReader struct{ left int }

func (r *MyReader) Read(b []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(b) && r.left > 0 {
		b[n] = 'A'
		n++
		r.left--
	}
	return n, nil
}

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}
	data, err := io.ReadAll(&MyReader{left: 10})
	fmt.Println(string(data), err)
}
