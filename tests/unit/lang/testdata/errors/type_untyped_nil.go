package main

func main() {
	x := 1
	x = "a"
	var y int
	y = nil
	z := nil
	_ = z
}
