package main

import "fmt"

func main() {
	var x = y
	var y = x
	const c = len([]int{1})
	const d = 1 << 100
	var e int = d
	fmt.Println(x, y, c, e)
	fmt.Printl("x")
}
