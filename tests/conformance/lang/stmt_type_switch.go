package main

import (
	"errors"
	"fmt"
)

type Stringish interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v %T", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringish:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("pointer to ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 42
	vals := []interface{}{nil, 1, int64(2), "hey", Name("bob"), errors.New("bad"),
		[]int{1, 2}, func() int { return 9 }, &n, 3.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error = errors.New("x")
	switch e.(type) {
	case Stringish:
		fmt.Println("stringish")
	case error:
		fmt.Println("just an error")
	}
}
