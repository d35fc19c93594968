// bufio.Reader: ReadRune, UnreadRune, ReadByte, Peek, ReadLine with a small buffer.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("Go语言 ok"))
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%q %d\n", c, size)
		if c == '语' {
			fmt.Println("unread:", r.UnreadRune())
			c2, _, _ := r.ReadRune()
			fmt.Printf("again %q\n", c2)
		}
	}
	fmt.Println("unread twice:", r.UnreadRune(), r.UnreadRune())

	p := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz\nshort\nend"), 16)
	fmt.Println("size", p.Size())
	peek, err := p.Peek(4)
	fmt.Printf("peek %q %v\n", peek, err)
	b, _ := p.ReadByte()
	fmt.Printf("byte %q buffered %d\n", b, p.Buffered())
	for {
		line, isPrefix, err := p.ReadLine()
		if err != nil {
			fmt.Println("readline:", err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}
}
