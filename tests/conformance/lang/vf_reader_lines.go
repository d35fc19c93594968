// bufio.Reader over stdin: ReadString until io.EOF, the last line without its newline.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	n := 0
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			n++
			fmt.Printf("%d: %q\n", n, strings.TrimRight(line, "\n"))
		}
		if err == io.EOF {
			fmt.Println("EOF after", n, "lines")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
	}
	line, err := r.ReadString('\n')
	fmt.Printf("again: %q %v\n", line, err)
}
