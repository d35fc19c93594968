package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(s[1:4], s[:2], s[4:], s[:], s[6:], s[3:3])
	t := s[2:4]
	fmt.Println(len(t), cap(t), t[:cap(t)])
	u := s[1:3:4]
	fmt.Println(u, len(u), cap(u))
	arr := [5]string{"a", "b", "c", "d", "e"}
	as := arr[1:3]
	as[0] = "B"
	fmt.Println(arr, as, cap(as))
	pa := &arr
	fmt.Println(pa[3:], len(pa[:2]))
	str := "hello world"
	fmt.Println(str[:5], str[6:], str[3:8], len(str[11:]))
	sub := str[0:0]
	fmt.Printf("%q %d\n", sub, len(sub))
	lo, hi := 1, 3
	fmt.Println(s[lo:hi], str[lo:hi])
	full := s[0:2:2]
	full = append(full, 100)
	fmt.Println(s, full)
	b := []byte("bytes")
	fmt.Println(string(b[1:3]), b[1:3])
}
