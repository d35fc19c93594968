package main

import "fmt"

func main() {
	var grid [3][4]int
	row, col := 2, 4
	grid[row][col-1] = 1
	fmt.Println(grid[row])
	grid[row][col] = 2
}
