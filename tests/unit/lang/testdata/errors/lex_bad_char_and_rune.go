package main

func main() {
	r := 'ab'
	var y int = "s"
	_ = r
}
