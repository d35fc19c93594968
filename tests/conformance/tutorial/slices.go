// Slices: make, append, copy, slicing shares the array, len and cap, 2D slices, nil slices.
package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	c := make([]string, len(s))
	copy(c, s)
	fmt.Println("cpy:", c)
	fmt.Println("sl1:", s[2:5], "sl2:", s[:5], "sl3:", s[2:])
	names := [4]string{"John", "Paul", "George", "Ringo"}
	a := names[0:2]
	b := names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b, names)
	n := []int{2, 3, 5, 7, 11, 13}
	printSlice(n)
	n = n[:0]
	printSlice(n)
	n = n[:4]
	printSlice(n)
	n = n[2:]
	printSlice(n)
	var g []int
	for i := 0; i < 5; i++ {
		g = append(g, i)
		printSlice(g)
	}
	twoD := make([][]int, 3)
	for i := 0; i < 3; i++ {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)
}
