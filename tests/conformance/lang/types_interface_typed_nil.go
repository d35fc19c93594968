package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %v\n", e2, e2)
	e3 := correct(true)
	fmt.Println(e3 == nil, e3.Error())
	var p *MyErr
	var i interface{} = p
	fmt.Println(p == nil, i == nil, i.(*MyErr) == nil)
	x := errors.New("x")
	y := errors.New("x")
	fmt.Println(x == y, x == x, x.Error() == y.Error())
}
