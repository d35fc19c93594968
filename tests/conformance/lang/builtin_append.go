package main

import "fmt"

func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	s = append(s)
	fmt.Println(s, len(s))
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b))
	s = append(s[:1], s[3:]...)
	fmt.Println(s)
	s = append(s[:2], append([]int{99}, s[2:]...)...)
	fmt.Println(s)
	words := []string{}
	for _, w := range []string{"a", "bb", "ccc"} {
		words = append(words, w+w)
	}
	fmt.Println(words, len(words))
	grid := [][]int{}
	grid = append(grid, []int{1}, nil, []int{2, 3})
	fmt.Println(grid, len(grid))
	a := make([]int, 3, 4)
	x := append(a, 10)
	y := append(a, 20)
	fmt.Println(x, y, x[3] == y[3])
	src := []int{1, 2, 3}
	dup := append([]int(nil), src...)
	dup[0] = 100
	fmt.Println(src, dup)
	iface := []interface{}{}
	iface = append(iface, 1, "two", nil)
	fmt.Println(iface)
}
