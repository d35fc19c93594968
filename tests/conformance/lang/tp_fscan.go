// fmt.Fscan, Fscanln and Fscanf over io.Readers the program builds (strings.Reader,
// bufio.Reader, a Reader of its own without UnreadRune): a small table parser.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// slowReader hands out one byte per Read and is not an io.RuneScanner, so fmt reads a byte at
// a time through its own readRune.
type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

func main() {
	table := "apple 3 0.50\npear 10 0.25\nfig 2 1.75\n"
	rd := strings.NewReader(table)
	total := 0.0
	for {
		var item string
		var qty int
		var price float64
		n, err := fmt.Fscanln(rd, &item, &qty, &price)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Printf("%-6s %3d x %.2f = %6.2f\n", item, qty, price, float64(qty)*price)
		total += float64(qty) * price
	}
	fmt.Printf("total %.2f\n", total)

	br := bufio.NewReader(strings.NewReader("10,20,30;40"))
	var a, b, c, d int
	n, err := fmt.Fscanf(br, "%d,%d,%d;%d", &a, &b, &c, &d)
	fmt.Println(n, err, a+b+c+d)

	sr := &slowReader{s: "  42   hello\n 3.5"}
	var k int
	var s string
	var f float64
	n, err = fmt.Fscan(sr, &k, &s, &f)
	fmt.Println(n, err, k, s, f)
	n, err = fmt.Fscan(sr, &k)
	fmt.Println(n, err)

	n, err = fmt.Fscanln(strings.NewReader("1 2 3\n"), &a, &b)
	fmt.Println("too many on the line:", n, err)
	n, err = fmt.Fscanln(strings.NewReader("1\n2\n"), &a, &b)
	fmt.Println("line ends early:", n, err)
}
