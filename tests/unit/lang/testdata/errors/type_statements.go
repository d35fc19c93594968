package main

func main() {
	defer recover
	go func() {}
	defer int(1)
	go len("a")
	var x int
	x := 2
	a, a := 1, 2
	1 + 2
	x
}
