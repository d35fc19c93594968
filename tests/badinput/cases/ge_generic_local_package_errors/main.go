package main

import (
	"fmt"

	"example.com/g/util"
)

func main() {
	fmt.Println(util.Sum([]string{"a"}))
	fmt.Println(util.Map([]int{1}, nil))
	var b util.Box[[]int]
	fmt.Println(b, util.Sum[int, int])
	f := util.Map
	var c util.Box
	fmt.Println(f, c)
}
