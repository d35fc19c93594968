// fmt.Sscan, Sscanf and Sscanln (fmt/scan.go from Go's source): verbs, widths, spaces and
// newlines, and the errors Go reports.
package main

import (
	"errors"
	"fmt"
	"io"
)

type point struct{ x, y int }

func main() {
	var p point
	n, err := fmt.Sscanf("x=3 y=4", "x=%d y=%d", &p.x, &p.y)
	fmt.Println(n, err, p)

	var name string
	var age int
	var score float64
	n, err = fmt.Sscanf("ana 31 9.5", "%s %d %g", &name, &age, &score)
	fmt.Println(n, err, name, age, score)

	var h, o, b int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &h, &o, &b)
	fmt.Println(n, err, h, o, b)

	var q string
	var r rune
	var ok bool
	n, err = fmt.Sscanf(`"hi there" Z true`, "%q %c %t", &q, &r, &ok)
	fmt.Println(n, err, q, string(r), ok)

	var w1, w2 string
	n, err = fmt.Sscanf("abcdef", "%3s%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)

	var i1, i2, i3 int
	n, err = fmt.Sscan("1\n2\n  3", &i1, &i2, &i3)
	fmt.Println("Sscan across newlines:", n, err, i1, i2, i3)
	n, err = fmt.Sscanln("1 2\n3", &i1, &i2, &i3)
	fmt.Println("Sscanln stops at newline:", n, err)
	n, err = fmt.Sscan("7", &i1, &i2)
	fmt.Println("short input:", n, err, errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF)
	n, err = fmt.Sscan("", &i1)
	fmt.Println("empty input:", n, err, err == io.EOF)
	n, err = fmt.Sscan("abc", &i1)
	fmt.Println("not a number:", n, err)
	n, err = fmt.Sscanf("x=3", "y=%d", &i1)
	fmt.Println("mismatch:", n, err)
	n, err = fmt.Sscanf("5 6", "%d", &i1)
	fmt.Println("extra input is fine:", n, err, i1)
	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println("overflow:", n, err)
	var f32 float32
	var c complex128
	n, err = fmt.Sscan("1e3 (1+2i)", &f32, &c)
	fmt.Println(n, err, f32, c)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs), len(bs))
	n, err = fmt.Sscan("1", i1)
	fmt.Println("not a pointer:", n, err)
}
