package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func keep() int {
	x := 5
	defer func() { x *= 2 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New(fmt.Sprint("recovered: ", e))
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	for i := 0; i < 4; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(keep())
	fmt.Println(safeDiv(9, 3))
	fmt.Println(safeDiv(9, 0))
	fmt.Println(counter())
}
