package main

import "errors"

func f() error { return nil }

func main() {
	err := f()
	if err != nil {
		err := errors.New("x")
	}
	x, err := 1, f()
	y, err := 2, f()
	_ = y
	var e error = "oops"
	_ = e
	var s string = errors.New("x")
}
