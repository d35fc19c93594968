// Collecting output in a bytes.Buffer and reading it back line by line.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("first line\n")
	fmt.Fprintf(&buf, "second line: %d\n", 2)
	buf.Write([]byte("third line\n"))
	buf.WriteByte('!')
	fmt.Println(buf.Len())
	for {
		line, err := buf.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b := bytes.NewBufferString("abc")
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.String())
}
