package main

import (
	"fmt"
	"os"
)

func fail(msg string) {
	fmt.Println("error:", msg)
	os.Exit(3)
}

func main() {
	defer fmt.Println("not printed")
	fmt.Println("start")
	fail("bad input")
}
