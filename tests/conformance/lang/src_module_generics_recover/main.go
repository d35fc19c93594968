// Panics inside generic code of a local package, recovered: an index out of range in an instance
// of lib.At and in a method of lib.Stack[int]; the package variable the instances update is the
// package's own (lib.Calls sees every call).
package main

import (
	"fmt"

	"example.com/grecover/lib"
)

func main() {
	fmt.Println(lib.At([]string{"a", "b"}, 1), lib.Calls())
	var s lib.Stack[int]
	fmt.Printf("%T\n", s)
	defer func() {
		fmt.Println(recover(), lib.Calls())
		defer func() { fmt.Println(recover(), lib.Calls()) }()
		s.Pop()
	}()
	lib.At([]int{1}, 3)
}
