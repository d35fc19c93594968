// bufio.Scanner with a custom split function and a small Buffer: Go's ErrTooLong.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Comma-separated fields, the last one without a trailing comma.
func splitComma(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha,beta,,gamma,delta"))
	sc.Split(splitComma)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	long := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 40) + "\nafter\n"))
	long.Buffer(make([]byte, 8), 16)
	for long.Scan() {
		fmt.Println("line:", long.Text())
	}
	fmt.Println("err:", long.Err(), long.Err() == bufio.ErrTooLong)

	runes := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	runes.Split(bufio.ScanRunes)
	n := 0
	for runes.Scan() {
		n++
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println(n)

	bad := bufio.NewScanner(strings.NewReader("a b c"))
	bad.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, fmt.Errorf("stop at %d bytes", len(data))
	})
	fmt.Println(bad.Scan(), bad.Err())
}
