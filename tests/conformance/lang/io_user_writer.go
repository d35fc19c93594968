// A user type with a Write method is an io.Writer: fmt.Fprintf calls it (dynamic dispatch).
package main

import (
	"fmt"
	"io"
	"os"
)

type buffer struct {
	data  []byte
	calls int
}

func (b *buffer) Write(p []byte) (int, error) {
	b.calls++
	b.data = append(b.data, p...)
	return len(p), nil
}

type upper struct{ out io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, c := range p {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		q[i] = c
	}
	return u.out.Write(q)
}

func report(w io.Writer, name string, score int) {
	fmt.Fprintf(w, "%-6s|%4d|\n", name, score)
}

func main() {
	b := &buffer{}
	report(b, "ann", 90)
	report(b, "bob", 7)
	n, err := fmt.Fprintln(b, "total", 97)
	fmt.Println(n, err, b.calls)
	fmt.Print(string(b.data))
	report(upper{os.Stdout}, "carol", 55)
	fmt.Fprintln(upper{b}, "shout")
	fmt.Printf("%q\n", b.data[len(b.data)-6:])
}
