package main

import "fmt"

var keep [][]byte

func main() {
	for i := 0; ; i++ {
		keep = append(keep, make([]byte, 1<<20))
		keep[i][0] = 1
		if i%1000 == 0 {
			fmt.Println(i)
		}
	}
}
