package main

import "fmt"

func main() {
	s := "ab"
	for i := 0; ; i++ {
		s += s
		fmt.Println(len(s))
	}
}
