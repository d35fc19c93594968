package main

type Big [1 << 31]byte

func f(a Big) byte { return a[7] }

func main() {
	var p = new(Big)
	println(f(*p))
}
