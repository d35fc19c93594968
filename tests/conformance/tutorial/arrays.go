// Arrays: fixed length, zero values, literals, two dimensions, arrays are values.
package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a)
	fmt.Println("get:", a[4])
	fmt.Println("len:", len(a))
	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	c := [...]string{"x", "y", "z"}
	fmt.Println(len(c), c)
	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)
	d := b
	d[0] = 99
	fmt.Println(b[0], d[0], b == [5]int{1, 2, 3, 4, 5})
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)
}
