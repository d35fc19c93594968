package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	for {
		switch {
		case n > 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println(n)
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
recv:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break recv
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println("done")
}
