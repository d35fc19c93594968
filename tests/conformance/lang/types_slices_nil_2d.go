package main

import "fmt"

func main() {
	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS))
	fmt.Println(nilS, empty)
	fmt.Printf("%v %d %q\n", nilS, len(empty), empty)
	nilS = append(nilS, "a", "b")
	fmt.Println(nilS)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	tri := [][]string{{"a"}, {"b", "c"}, nil, {}}
	for i, row := range tri {
		fmt.Println(i, row, len(row), row == nil)
	}
	m := make([]int, 3, 8)
	fmt.Println(m, len(m), cap(m))
	ptrs := []*int{nil, new(int)}
	fmt.Println(ptrs[0] == nil, *ptrs[1])
}
