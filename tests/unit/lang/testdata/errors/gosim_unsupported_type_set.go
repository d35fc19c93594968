package main

type Number interface {
	~int | ~float64
}

func main() {}
