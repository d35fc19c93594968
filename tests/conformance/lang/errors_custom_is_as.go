package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

// Is lets errors.Is match any StatusError with the same class (4xx, 5xx).
func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	return ok && t.Code/100 == e.Code/100
}

type Temporary struct{ msg string }

func (t Temporary) Error() string { return t.msg }

type Retry struct{ after string }

func (r Retry) Error() string { return "retry after " + r.after }

// As turns a Temporary into a Retry for errors.As.
func (t Temporary) As(target any) bool {
	if p, ok := target.(*Retry); ok {
		*p = Retry{"1s (" + t.msg + ")"}
		return true
	}
	return false
}

type codes []int

func (c codes) Error() string { return fmt.Sprint("codes ", []int(c)) }

func main() {
	err := fmt.Errorf("fetch: %w", &StatusError{404})
	fmt.Println(errors.Is(err, &StatusError{400}), errors.Is(err, &StatusError{500}))
	var r Retry
	fmt.Println(errors.As(fmt.Errorf("x: %w", Temporary{"busy"}), &r), r)
	var se *StatusError
	fmt.Println(errors.As(err, &se), se.Code)
	// a non-comparable target: errors.Is compares only through Is methods
	fmt.Println(errors.Is(codes{1}, codes{1}))
	var c codes
	fmt.Println(errors.As(fmt.Errorf("w: %w", codes{7, 8}), &c), c)
}
