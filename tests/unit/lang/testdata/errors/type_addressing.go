package main

func main() {
	var x int = 1
	var p *int = &x
	var q **int = &p
	**q = 2
	*x = 3
	&x = nil
}
