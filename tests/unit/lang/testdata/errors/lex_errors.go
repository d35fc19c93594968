package main

func main() {
	s := "abc
	x := 08
	y := 1__2
}
