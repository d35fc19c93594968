package main

import (
	"crypto/aes"
	"fmt"
)

func main() {
	fmt.Println(aes.BlockSize)
}
