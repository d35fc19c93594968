// A Writer that fails: Fprint returns what Write returned.
package main

import (
	"errors"
	"fmt"
	"os"
)

type limited struct {
	left int
}

var errFull = errors.New("writer is full")

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n := l.left
		l.left = 0
		return n, errFull
	}
	l.left -= len(p)
	return len(p), nil
}

func main() {
	l := &limited{left: 10}
	for i := 0; i < 4; i++ {
		n, err := fmt.Fprintf(l, "item%d", i)
		fmt.Println(i, n, err, err == errFull)
	}
	if _, err := fmt.Fprintln(l, "more"); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
	}
}
