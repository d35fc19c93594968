// io.Copy, io.CopyN, io.ReadAll over stdin and strings.Reader; io.WriteString.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("read %d bytes from stdin, err=%v\n", len(data), err)
	fmt.Printf("first line: %q\n", strings.SplitN(string(data), "\n", 2)[0])

	n, err := io.Copy(os.Stdout, strings.NewReader("copied through io.Copy\n"))
	fmt.Println(n, err)

	var sb strings.Builder
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Printf("%d %v %q\n", n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 5)
	fmt.Printf("%d %v %q\n", n, err, sb.String())

	k, err := io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(k, err)

	rest, err := io.ReadAll(os.Stdin)
	fmt.Println(len(rest), err)
}
