package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "golang")
	fmt.Println(n, string(b), b)
	var none []int
	fmt.Println(copy(none, src), copy(dst, none))
	arr := [4]string{"w", "x", "y", "z"}
	n = copy(arr[1:], []string{"A", "B"})
	fmt.Println(n, arr)
}
