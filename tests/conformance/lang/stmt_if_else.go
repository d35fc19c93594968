package main

import (
	"errors"
	"fmt"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func check(v int) (int, error) {
	if v > 100 {
		return 0, errors.New("too big")
	}
	return v * 2, nil
}

func main() {
	for _, n := range []int{-5, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	if v, err := check(10); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("ok:", v)
	}
	if v, err := check(1000); err != nil {
		fmt.Println("error:", err, v)
	} else {
		fmt.Println("ok:", v)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("has a", v)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("no b")
	}
	x := 3
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
}
