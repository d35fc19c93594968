package main

import (
	"errors"
	"fmt"
)

var ErrDisk = errors.New("disk full")

type OpError struct {
	Op  string
	Err error
}

func (e OpError) Error() string { return "op " + e.Op + ": " + e.Err.Error() }
func (e OpError) Unwrap() error { return e.Err }

func save() error {
	return OpError{"write", ErrDisk}
}

func service() error {
	if err := save(); err != nil {
		return fmt.Errorf("save config: %w", err)
	}
	return nil
}

func main() {
	err := fmt.Errorf("service: %w", service())
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%-22T %v\n", e, e)
	}
	fmt.Println(errors.Is(err, ErrDisk))
	var op OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Err == ErrDisk)
	var pop *OpError
	fmt.Println(errors.As(err, &pop), pop == nil)
	other := errors.New("disk full")
	fmt.Println(errors.Is(err, other), other == ErrDisk, other.Error() == ErrDisk.Error())
	var e error = err
	fmt.Println(errors.As(err, &e), e == err)
}
