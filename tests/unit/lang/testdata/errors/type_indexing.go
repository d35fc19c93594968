package main

import "fmt"

func main() {
	var a [3]int
	_ = a[5]
	_ = a[-1]
	sl := []int{1}
	_ = sl[1:0]
	var i interface{}
	_ = i[0]
	var m map[string]int
	_ = m[1]
	fmt.Println(a[1.5])
}
