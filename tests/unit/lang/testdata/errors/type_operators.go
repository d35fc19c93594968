package main

func main() {
	var a []int
	var m map[string]int
	_ = a == a
	_ = m == nil
	_ = 1 + "a"
	var s string
	_ = s + 1
	_ = -s
	_ = !1
	var f float64
	_ = f % 2
	_ = 1 / 0
	var i int
	_ = i << 1.5
}
