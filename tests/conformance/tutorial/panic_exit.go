// Panic: an unrecovered panic prints its value and a goroutine trace, and exits with status 2.
package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	var m map[string]int
	defer fmt.Println("deferred calls run while panicking")
	m["x"] = 1
}
