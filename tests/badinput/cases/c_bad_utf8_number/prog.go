package main

func main() {
	x := 0o7ÿ
	println(x)
}
