// Custom errors: a type with an Error method, errors.As, and the Tour's ErrNegativeSqrt exercise.
package main

import (
	"errors"
	"fmt"
	"time"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string { return fmt.Sprintf("at %v, %s", e.When, e.What) }

func run() error {
	return &MyError{time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), "it didn't work"}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}
	if err := run(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
}
