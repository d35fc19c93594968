package main

import "fmt"

type T struct{}

func (t T) String() string { return "T" }

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Println(i)
		}
	}
	var t T
	fmt.Println(t.String)
	x := 10
	x.y = 3
	if x := 5; x > 3 {
		fmt.Println("x")
	} else if y := 2; y {
	}
	var arr [3]int
	for i, v, w := range arr {
	}
	var c chan int
	for a, b := range c {
	}
}
