package main

const (
	a byte = 254 + iota
	b
	c
	d, e = iota, iota * 2
	f
)

const (
	x = iota
	y, z
)

func main() {
	const local = 1 << iota
	println(a, b, c, d, e, f, x, y, local)
}
