package main

func main() {
	var x int8 = 1000
	const c uint = -1
	var f float64 = "x"
	var i int = 1.5
	const big = 1 << 62
	var j int32 = big
	_ = string(1.5)
	_ = int("a")
	var s []byte = "abc"
	_, _, _, _, _ = x, f, i, j, s
}
