package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	for v := range gen(4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	b := make(chan string, 3)
	b <- "x"
	b <- "y"
	close(b)
	for s := range b {
		fmt.Print(s, " ")
	}
	fmt.Println()
	total := 0
	for v := range gen(10) {
		if v == 5 {
			break
		}
		total += v
	}
	fmt.Println(total)
	done := make(chan struct{})
	close(done)
	n := 0
	for range done {
		n++
	}
	fmt.Println(n)
}
