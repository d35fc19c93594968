package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = 200
}

func main() {
	var a [3]int
	fmt.Println(a, len(a))
	b := [3]int{1, 2, 3}
	c := modify(b)
	fmt.Println(b, c)
	modifyPtr(&b)
	fmt.Println(b)
	d := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := b
	f[2] = -1
	fmt.Println(b == f, b != f, b)
	var grid [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid[0]))
	s := d[1:3]
	s[0] = "Y"
	fmt.Println(d, s, cap(s))
	fmt.Printf("%v %T %T\n", e, e, grid)
}
