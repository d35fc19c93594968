package main

type Ordered interface {
	~int | ~string
}

func main() {}
