package main

func main() {
	var i interface{}
	x := i.(type)
	_ = x
}
