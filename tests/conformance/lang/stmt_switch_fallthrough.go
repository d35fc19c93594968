package main

import "fmt"

func grade(n int) (s string) {
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
	case n >= 70:
		s += "C"
	default:
		s += "F"
	}
	return
}

func size(n int) string {
	s := ""
	switch {
	case n > 100:
		s += "huge "
		fallthrough
	case n > 10:
		s += "big "
		fallthrough
	default:
		s += "number"
	}
	return s
}

func main() {
	fmt.Println(grade(95), grade(85), grade(75), grade(10))
	for _, n := range []int{5, 50, 500} {
		fmt.Println(n, size(n))
	}
	switch x := 2; {
	case x > 1:
		fmt.Println("x > 1")
		fallthrough
	case x > 5:
		fmt.Println("fell through into x > 5")
	case x > 0:
		fmt.Println("not reached")
	}
}
