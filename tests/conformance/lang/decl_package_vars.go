package main

import "fmt"

var (
	total = a + b
	a     = b * 2
	b     = seed()
)

var greeting string = "hi"
var counter int

const Pi = 3.14159
const (
	Big   = 1 << 40
	Small = Big >> 38
	Word  = "go"
)

const typed int32 = 7

func seed() int {
	counter++
	fmt.Println("seed called")
	return 3
}

func bump() int {
	counter += 10
	return counter
}

func main() {
	fmt.Println(total, a, b, counter)
	fmt.Println(greeting, bump(), bump())
	fmt.Println(Pi*2, Small, Word, Big/1024)
	fmt.Printf("%T %T %T\n", Pi, typed, Small)
	var f float64 = Big
	fmt.Println(f)
}
