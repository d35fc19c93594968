package main

import "fmt"

func main() {
	var x int = 5
	var y float64 = x
	var z int64 = x
	s := []int{1, 2}
	s.Len()
	fmt.Println(y, z)
	var ch chan int
	ch <- "a"
	var m map[string]int
	m.x = 1
	t := struct{ a int }{a: 1}
	t.b()
	fmt.Println(undefinedVar.field)
}
