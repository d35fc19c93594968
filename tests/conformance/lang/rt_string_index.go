package main

import "fmt"

func initial(s string) byte { return s[0] }

func main() {
	fmt.Println(initial("go"))
	fmt.Println(initial(""))
}
