package main

import "fmt"

// Labelled break and continue out of for, range, switch and select.

func main() {
	primes := []int{}
candidates:
	for n := 2; len(primes) < 8; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue candidates
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
search:
	for i, row := range matrix {
		for j, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative at", i, j)
				break search
			case v%2 == 0:
				continue
			}
			fmt.Println("odd", v)
		}
	}

	words := map[string]int{"a": 1}
	for k := range words {
	letters:
		for _, r := range "hello" {
			switch r {
			case 'l':
				break letters
			default:
				fmt.Println(k, string(r))
			}
		}
	}

	done := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			data <- i
		}
		close(done)
	}()
loop:
	for {
		select {
		case v := <-data:
			if v == 1 {
				continue loop
			}
			fmt.Println("data", v)
		case <-done:
			break loop
		}
	}
	fmt.Println("finished")
}
