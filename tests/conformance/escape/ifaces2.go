// Interfaces holding pointers and values, errors, Stringers and empty interfaces in slices.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func fail(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func failValue(code int) error {
	return errors.New(fmt.Sprint(code))
}

func collect(a, b int) []interface{} {
	return []interface{}{a, b}
}

func localSlice(a, b int) int {
	xs := []interface{}{a, b}
	return len(xs)
}

func stringer() string {
	t := Temp(21.5)
	return t.String()
}

func asStringer(t Temp) fmt.Stringer {
	return t
}

func compare(e error) bool {
	var target error = &MyErr{1}
	return e == target
}

func main() {
	fmt.Println(fail(1), failValue(2), len(collect(1, 2)), localSlice(3, 4), stringer())
	fmt.Println(asStringer(3), compare(nil))
}
