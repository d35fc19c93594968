package main

import (
	"crypto/aes"
	"fmt"
)

func main() {
	c, err := aes.NewCipher(make([]byte, 16))
	fmt.Println(c.BlockSize(), err)
}
