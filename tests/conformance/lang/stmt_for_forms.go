package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	count := 0
	for {
		count++
		if count == 4 {
			break
		}
	}
	fmt.Println(count)
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	k := 0
	for ; k < 3; k++ {
	}
	fmt.Println(k)
	var i int
	for i = 5; i > 0; i -= 2 {
	}
	fmt.Println(i)
	for j := 0; j < 3; j++ {
		defer fmt.Println("deferred", j)
	}
}
