package main

type Animal struct{ Name string }

type Dog struct {
	Animal
	Breed string
}

func main() {}
