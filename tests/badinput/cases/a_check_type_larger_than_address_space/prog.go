package main

type T [1 << 62]int64

func main() {
	var p *T
	println(p == nil)
}
