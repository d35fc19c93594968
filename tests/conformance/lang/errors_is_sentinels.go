package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var (
	ErrEmpty   = errors.New("empty input")
	ErrTooLong = errors.New("input too long")
)

func parse(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("parse %q: %w", s, ErrEmpty)
	case len(s) > 5:
		return fmt.Errorf("parse %q: %w", s, ErrTooLong)
	case s == "eof":
		return fmt.Errorf("parse: %w", io.EOF)
	}
	return nil
}

func main() {
	for _, in := range []string{"", "abc", "toolongtext", "eof"} {
		err := parse(in)
		switch {
		case err == nil:
			fmt.Printf("%-13q ok\n", in)
		case errors.Is(err, ErrEmpty):
			fmt.Printf("%-13q empty: %v\n", in, err)
		case errors.Is(err, ErrTooLong):
			fmt.Printf("%-13q too long: %v\n", in, err)
		case errors.Is(err, io.EOF):
			fmt.Printf("%-13q eof: %v (%T)\n", in, err, errors.Unwrap(err))
		}
	}
	_, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(errors.Is(err, io.EOF), errors.Is(fmt.Errorf("x: %w", err), io.EOF))
	fmt.Println(errors.Is(ErrEmpty, ErrTooLong), errors.Is(ErrEmpty, ErrEmpty))
	fmt.Println(errors.Unwrap(fmt.Errorf("%w", nil)) == nil, fmt.Errorf("%w", nil))
}
