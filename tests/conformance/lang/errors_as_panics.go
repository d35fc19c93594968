package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (MyErr) Error() string { return "my" }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	err := errors.New("x")
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { errors.As(err, MyErr{}) })
	var np *MyErr
	try("nil pointer", func() { errors.As(err, np) })
	var n int
	try("not an error", func() { errors.As(err, &n) })
	var m MyErr
	try("ok", func() { fmt.Println(errors.As(MyErr{}, &m), m) })
	var st fmt.Stringer
	try("interface", func() { fmt.Println(errors.As(err, &st), st == nil) })
}
