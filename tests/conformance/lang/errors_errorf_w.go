package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{Query: q, Err: ErrNotFound}
}

func main() {
	err := find("users")
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%T\n", wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Unwrap(wrapped) == err)
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query:", qe.Query)
	}
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	fmt.Println(errors.Unwrap(ErrNotFound))
	e2 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Printf("%T %v %v\n", e2, e2, errors.Is(e2, ErrNotFound))
	e3 := fmt.Errorf("two: %w %w", ErrNotFound, ErrNotFound)
	fmt.Printf("%T %v\n", e3, e3)
	fmt.Println(fmt.Sprintf("bad %w", ErrNotFound))
	fmt.Println(fmt.Errorf("str %w", "x"))
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(wrapped, &target), target.(error) == wrapped)
}
