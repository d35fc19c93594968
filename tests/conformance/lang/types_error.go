package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func parse(s string) error {
	if len(s) == 0 {
		return ParseError{1, "empty input"}
	}
	return nil
}

func main() {
	m := map[string]int{"a": 1}
	if v, err := find(m, "a"); err == nil {
		fmt.Println("found", v)
	}
	_, err := find(m, "b")
	fmt.Println(err, err == ErrNotFound)
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	err = parse("")
	fmt.Println(err)
	fmt.Printf("%+v %T\n", err, err)
	if pe, ok := err.(ParseError); ok {
		fmt.Println(pe.Line, pe.Msg)
	}
	fmt.Println(parse("x") == nil, parse("x"))
	var e error
	fmt.Printf("%v %T\n", e, e)
	errs := []error{ErrNotFound, ParseError{3, "bad"}, nil}
	fmt.Println(errs)
}
