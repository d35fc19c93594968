// os.Stdin.Read with a small buffer: every read(2) until io.EOF.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 7)
	total := 0
	for i := 0; ; i++ {
		n, err := os.Stdin.Read(buf)
		total += n
		fmt.Printf("read %d: %d %q %v\n", i, n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	n, err := os.Stdin.Read(buf[:0])
	fmt.Println("zero-length read:", n, err)
	n, err = os.Stdin.Read(buf)
	fmt.Println("after EOF:", n, err, err == io.EOF)
	fmt.Println("total", total)
}
