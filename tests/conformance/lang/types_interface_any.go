package main

import "fmt"

type T struct{ n int }

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	var x any
	fmt.Println(x == nil, x)
	fmt.Printf("%v %T\n", x, x)
	vals := []any{1, "two", 3.0, true, nil, 'r', byte(5), T{7}, &T{8} == nil, []int{1}, int8(-1), uint(3)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var a, b interface{} = 3, 3
	fmt.Println(a == b, a == interface{}(3.0), a == interface{}(int64(3)))
	var s interface{} = "go"
	fmt.Println(s == "go", s != "Go")
	x = T{1}
	fmt.Println(x == T{1}, x == T{2})
	x = x.(T).n + 1
	fmt.Println(x)
	m := map[string]any{"n": 1, "s": "x"}
	fmt.Println(m["n"], m["s"], m["missing"])
}
