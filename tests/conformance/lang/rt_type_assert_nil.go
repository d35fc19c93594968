package main

import "fmt"

type Runner interface{ Run() }

func main() {
	var r Runner
	fmt.Println(r == nil)
	var x interface{} = r
	_ = x.(Runner)
}
