package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("a", "b", 1, 2, true, nil)
	fmt.Println()
	s := fmt.Sprint("n=", 5, 6, "!")
	fmt.Println(s, len(s))
	s2 := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s2)
	s3 := fmt.Sprintf("%d-%s-%v", 1, "two", 3.0)
	fmt.Println(s3)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s\n", "abc")
	fmt.Println(n)
	n, _ = fmt.Print("xy\n")
	fmt.Println(n)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint([]int{}))
	fmt.Println(fmt.Sprint(struct{}{}), fmt.Sprint(struct{ A, B int }{1, 2}))
	fmt.Print()
	fmt.Print("\n")
}
