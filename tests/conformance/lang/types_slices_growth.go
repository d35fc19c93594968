package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	last = -1
	for i := 0; i < 200; i++ {
		bs = append(bs, big{})
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append(make([]int, 5, 5), make([]int, 20)...)
	fmt.Println(len(y), cap(y))
	z := append([]string(nil), "a")
	fmt.Println(len(z), cap(z))
}
