// For: the only loop in Go, in its three forms, with break and continue.
package main

import "fmt"

func main() {
	i := 1
	for i <= 3 {
		fmt.Println(i)
		i = i + 1
	}
	for j := 7; j <= 9; j++ {
		fmt.Println(j)
	}
	for {
		fmt.Println("loop")
		break
	}
	for n := 0; n <= 5; n++ {
		if n%2 == 0 {
			continue
		}
		fmt.Println(n)
	}
	sum := 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}
}
