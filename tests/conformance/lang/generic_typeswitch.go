package main

import "fmt"

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q", v)
	case []T:
		return fmt.Sprintf("slice of %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type name string

func (n name) String() string { return "name(" + string(n) + ")" }

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(name("ann")))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe([]int{1, 2}))
	fmt.Println(IsZero(0), IsZero("x"), IsZero(struct{ a int }{}), IsZero[*int](nil))
	if s, ok := any(name("b")).(fmt.Stringer); ok {
		fmt.Println(s)
	}
}
