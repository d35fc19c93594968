package main

type Big [1 << 20]byte

func f(a Big, n int) byte {
	if n > 0 {
		return f(a, n-1)
	}
	return a[0]
}

func main() {
	var b Big
	println(f(b, 20))
}
