package main

import (
	"fmt"

	"example.com/g/util"
)

func main() {
	fmt.Println(util.Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	b := util.Box[int]{V: 7}
	fmt.Printf("%T %v\n", b, b.Get())
}
