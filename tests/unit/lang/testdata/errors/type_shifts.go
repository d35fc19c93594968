package main

import "fmt"

func main() {
	var s uint = 3
	a := 1 << s
	var b int64 = 1 << s
	var c float64 = 1 << s
	d := 1.0 << s
	var e = uint8(1) << 10
	f := 1 << -1
	g := 1 << 1.5
	var h int32 = 1 << 40
	fmt.Println(a, b, c, d, e, f, g, h)
	fmt.Println(1 << s)
}
