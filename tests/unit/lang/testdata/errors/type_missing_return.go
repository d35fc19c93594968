package main

func f() int {
	for {
		break
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {
	f()
	g(1)
}
