package main

func main() {
	var f float32 = 1.5
	_ = f
}
