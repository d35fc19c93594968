package main

func f(a int, b string) {}

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	g := 5
	g()
}
