// fmt_error_stack_grow: fmt calls a from-source error's Error method (strconv.NumError, whose
// Quote grows the goroutine's stack: copystack) inside Sprintf, Errorf and Println; the
// results still reach the caller's frame on the moved stack.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return n, nil
}

func main() {
	_, err := strconv.Atoi("x1")
	s := fmt.Sprintf("bad input %q: %v", "x1", err)
	fmt.Println(len(s), s)
	fmt.Println(len(fmt.Sprintf("%s %v", "x1", err)))
	n, err := parse("12a")
	fmt.Println(n, err)
	var ne *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &ne), ne.Func, ne.Num)
	k, _ := fmt.Println("printed", err)
	fmt.Println(k)
}
