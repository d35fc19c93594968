package main

func g() {}

func main() {
	x := g()
	var y = g()
	g() + 1
}
