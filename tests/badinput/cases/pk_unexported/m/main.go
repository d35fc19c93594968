package main

import (
	"example.com/m/util"
	"fmt"
)

func main() {
	fmt.Println(util.F(), util.g)
	fmt.Println(util.H)
}
