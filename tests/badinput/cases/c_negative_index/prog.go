package main

import "fmt"

// Go prints a negative index without the length: "index out of range [-1]" (runtime/error.go
// boundsNegErrorFmt). The "|" marks the end of the message, which a prefix match cannot.
func main() {
	s := []int{1, 2, 3}
	i := -1
	func() {
		defer func() { fmt.Println("recovered:", recover(), "|") }()
		fmt.Println(s[i])
	}()
	var j int8 = -2
	fmt.Println(s[j])
}
