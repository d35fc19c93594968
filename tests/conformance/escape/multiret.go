// A large struct returned together with an error is copied into the caller's frame:
// no hidden heap allocation (the claim that it escapes is wrong for Go 1.19).
package main

import (
	"errors"
	"fmt"
)

type Record struct {
	data [1024]byte
	n    int
}

func load(ok bool) (Record, error) {
	var r Record
	if !ok {
		return r, errors.New("not ok")
	}
	r.n = 42
	return r, nil
}

func loadPtr(ok bool) (*Record, error) {
	var r Record
	if !ok {
		return nil, errors.New("not ok")
	}
	r.n = 7
	return &r, nil
}

func useLoad() int {
	r, err := load(true)
	if err != nil {
		return 0
	}
	return r.n
}

func pair() (int, string) {
	return 1, "one"
}

func pairPtr(a *int) (*int, error) {
	return a, nil
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %d by zero", a)
	}
	return a / b, nil
}

func main() {
	fmt.Println(useLoad())
	p, _ := loadPtr(true)
	n, s := pair()
	x := 3
	q, _ := pairPtr(&x)
	d, err := divide(6, 0)
	fmt.Println(p.n, n, s, *q, d, err)
}
