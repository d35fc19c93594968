package main

import "fmt"

func main() {
	arr := [5]int{}
	s := arr[1:3]
	str := "héllo"
	m := map[int]bool{1: true, 2: false}
	c := make(chan int, 4)
	c <- 1
	fmt.Println(len(arr), cap(arr), len(s), cap(s))
	fmt.Println(len(str), len("abc"), len(""))
	fmt.Println(len(m), len(c), cap(c))
	var ns []int
	var nm map[string]int
	var nc chan int
	fmt.Println(len(ns), cap(ns), len(nm), len(nc), cap(nc))
	pa := &arr
	fmt.Println(len(pa), cap(pa))
	const n = len("constant")
	var fixed [n]byte
	fmt.Println(n, len(fixed))
	s2 := make([]string, 2, 10)
	fmt.Println(len(s2), cap(s2), len(s2[:8]), cap(s2[2:]))
}
