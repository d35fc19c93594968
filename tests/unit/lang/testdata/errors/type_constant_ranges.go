package main

func main() {
	const big = 10000000000000000000
	var a int64 = big
	var b uint64 = big
	var c = big
	const f = 1e400
	var d float64 = f
	var e uint8 = 255 + 1
	var g = 'a' + 1.5
	h := "s" + 'a'
	_, _, _, _, _, _, _ = a, b, c, d, e, g, h
}
