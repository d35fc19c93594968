package main

import "fmt"

func closeAll() {
	fmt.Println("closing")
	panic("close failed")
}

func work() {
	defer closeAll()
	fmt.Println("working")
}

func main() {
	defer fmt.Println("main deferred")
	work()
	fmt.Println("unreachable")
}
