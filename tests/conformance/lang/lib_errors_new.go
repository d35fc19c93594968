package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty = errors.New("empty")
	ErrLong  = errors.New("too long")
)

func validate(s string) error {
	switch {
	case len(s) == 0:
		return ErrEmpty
	case len(s) > 5:
		return ErrLong
	}
	return nil
}

type wrapped struct {
	op  string
	err error
}

func (w wrapped) Error() string { return w.op + ": " + w.err.Error() }

func run(s string) error {
	if err := validate(s); err != nil {
		return wrapped{"validate", err}
	}
	return nil
}

func main() {
	for _, s := range []string{"", "ok", "much too long"} {
		err := validate(s)
		fmt.Println(err, err == ErrEmpty, err == ErrLong, err == nil)
	}
	e := run("")
	fmt.Println(e)
	if w, ok := e.(wrapped); ok {
		fmt.Println(w.err == ErrEmpty)
	}
	fmt.Println(run("fine"))
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error())
	fmt.Printf("%v|%s|%q|%T\n", a, a, a, a)
	var err error = ErrLong
	fmt.Println(err.Error())
}
