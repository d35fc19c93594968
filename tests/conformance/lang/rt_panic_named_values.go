package main

import "fmt"

type Code int
type Label string

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() {
			fmt.Println("recovered:", recover())
			panic(Label("label value"))
		}()
		panic(3.5)
	}()
	panic(Code(7))
}
