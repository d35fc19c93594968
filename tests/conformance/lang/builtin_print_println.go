package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("hello", 42, true, -7)
	print("no", "spaces", 1, 2, "\n")
	println(3.5, -0.25, 1e20, 0.0)
	println(int8(-3), uint8(250), uint64(18446744073709551615))
	x := 10
	println("x =", x, "x*x =", x*x)
	print(false, "\n")
	println()
	println("a", 'a', byte('b'))
	var s string
	println("[" + s + "]")
	fmt.Println("stdout again")
	print(12, 34, "\n")
	println(1.0/3.0, 100.0, -1e-5)
}
