package main

const big = 1 << 200

func main() {
	x := 1 << 200
	var y int64 = big >> 137
	var z uint8 = big >> 192
	const w = big * big * big
	const v = 1 << 513
	var u = -big
	const t = ^big & (big - 1) >> 199
	var s int = t
	_, _, _, _, _, _ = x, y, z, w, u, s
	_ = uint64(big >> 136)
}
