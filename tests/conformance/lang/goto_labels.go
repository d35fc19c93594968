package main

import "fmt"

// goto: a retry loop, an early exit to cleanup, and labelled break/continue in every form.

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
		}
	}
	return -1, -1
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func process(items []string) (n int) {
	i := 0
next:
	if i >= len(items) {
		goto done
	}
	if items[i] == "" {
		i++
		goto next
	}
	n++
	i++
	goto next
done:
	fmt.Println("processed", n)
	return
}

func main() {
	fmt.Println(gcd(84, 36), gcd(17, 5))
	process([]string{"a", "", "b", "", "c"})
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 5))

	ptrs := []*int{}
	k := 0
again:
	v := k * 10
	ptrs = append(ptrs, &v)
	k++
	if k < 3 {
		goto again
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

outer:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 2:
			break outer
		}
		fmt.Println("i", i)
	}

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%2 == 0 {
				continue recv
			}
			fmt.Println("odd", v)
		}
	}

	m := map[string]int{"x": 1}
rangeLoop:
	for range m {
		for s := range "abc" {
			if s == 1 {
				break rangeLoop
			}
			fmt.Println("s", s)
		}
	}
sw:
	switch x := 3; x {
	case 3:
		for {
			break sw
		}
	}
	fmt.Println("end")
}
