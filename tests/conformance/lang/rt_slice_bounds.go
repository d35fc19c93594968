package main

import "fmt"

type buf struct {
	data []byte
}

func (b *buf) window(lo, hi int) []byte {
	return b.data[lo:hi]
}

func main() {
	b := &buf{data: make([]byte, 4, 8)}
	fmt.Println(len(b.window(1, 6)))
	fmt.Println(len(b.window(2, 9)))
}
