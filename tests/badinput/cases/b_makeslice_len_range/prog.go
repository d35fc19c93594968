package main

import "fmt"

func main() {
	b := make([]byte, 1<<50)
	fmt.Println(len(b))
}
