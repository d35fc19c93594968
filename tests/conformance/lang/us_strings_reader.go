// Reading a string piece by piece with strings.Reader.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n=%d err=%v b=%q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
	r.Reset("héllo")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
}
