// Go 1.17's conversion from a slice to an array pointer: the pointer shares the slice's
// backing array, a nil slice gives a nil pointer, and a slice shorter than the array panics.
package main

import "fmt"

// firstWord reads a fixed-size header through an array pointer, as crypto code does.
func firstWord(b []byte) uint32 {
	p := (*[4]byte)(b)
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

func main() {
	s := []byte{1, 2, 3, 4, 5, 6}
	p := (*[4]byte)(s)
	p[0] = 9
	fmt.Println(s, *p, len(p), cap(s))
	fmt.Printf("%#x\n", firstWord(s[2:]))
	for i, v := range (*[2]byte)(s[4:]) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]int)([]int{}) == nil)
	words := []string{"go", "is", "fun"}
	arr := *(*[3]string)(words)
	words[0] = "Go"
	fmt.Println(arr, words)
	defer func() {
		fmt.Println("recovered:", recover())
		short := s[:2]
		_ = (*[4]byte)(short)
	}()
	_ = (*[8]byte)(s)
}
