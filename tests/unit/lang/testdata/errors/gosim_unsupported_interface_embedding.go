package main

type Named interface {
	error
	Name() string
}

func main() {}
