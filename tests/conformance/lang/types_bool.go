package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func main() {
	r := f("a") && t("b")
	fmt.Println(r, calls)
	calls = nil
	r = t("a") || f("b")
	fmt.Println(r, calls)
	calls = nil
	r = f("a") || t("b") && f("c")
	fmt.Println(r, calls)
	calls = nil
	r = !t("n")
	fmt.Println(r, calls)
	var b bool
	fmt.Println(b, !b, b == false, true != false)
	n := 5
	even := n%2 == 0
	fmt.Printf("%t %v\n", even, n > 3 && n < 10)
	flags := [3]bool{true, false, true}
	fmt.Println(flags)
}
