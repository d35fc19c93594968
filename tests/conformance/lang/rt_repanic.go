package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(r)
	}
}

func process() {
	defer cleanup()
	panic("disk full")
}

func main() {
	process()
	fmt.Println("unreachable")
}
