package main

import "fmt"

func kind(c byte) string {
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return "letter"
	case c == ' ':
		return "space"
	}
	return "other"
}

func day(n int) string {
	switch n {
	case 0, 6:
		return "weekend"
	default:
		return "weekday"
	case 7:
		return "invalid"
	}
}

func main() {
	for _, c := range []byte("a1 Z?") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	fmt.Println(day(0), day(3), day(7))
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 5:
		fmt.Println("five")
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	switch s := "go"; s {
	case "rust", "c":
		fmt.Println("other")
	case "g" + "o":
		fmt.Println("matched", s)
	}
}
