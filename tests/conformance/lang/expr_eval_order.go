package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	fmt.Println(r, trace)
	trace = nil
	s := []int{v("x", 1), v("y", 2), v("z", 3)}
	fmt.Println(s, trace)
	trace = nil
	fmt.Println(v("p", 1), v("q", 2))
	fmt.Println(trace)
	trace = nil
	m := map[string]int{"k": v("val", 5)}
	m["k"] += v("rhs", 1)
	fmt.Println(m["k"], trace)
	trace = nil
	arr := []int{0, 0, 0}
	arr[idx("i", 0)], arr[idx("j", 2)] = v("one", 1), v("two", 2)
	fmt.Println(arr, trace)
	trace = nil
	ok := v("l", 0) > 0 && v("r", 1) > 0
	fmt.Println(ok, trace)
	trace = nil
	f := func(a, b int) int { return a - b }
	d := f(v("first", 10), v("second", 3))
	fmt.Println(d, trace)
}
