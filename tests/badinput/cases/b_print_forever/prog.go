package main

import "fmt"

func main() {
	line := ""
	for i := 0; i < 999; i++ {
		line += "x"
	}
	for {
		fmt.Println(line)
	}
}
