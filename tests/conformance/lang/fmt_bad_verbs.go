package main

import "fmt"

func main() {
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra", 7)
	fmt.Println(fmt.Sprintf("%s and %s", "one"))
	fmt.Printf("%c\n", "notarune")
	fmt.Printf("%x %x\n", true, 1.5)
}
