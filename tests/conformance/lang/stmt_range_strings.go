package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
	rev := ""
	for _, r := range "stressed" {
		rev = string(r) + rev
	}
	fmt.Println(rev)
}
