// SHA256 hashes: hashing a string, writing in pieces, and the one-shot Sum256.
package main

import (
	"crypto/sha256"
	"fmt"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world\n")))
	h.Reset()
	h.Write([]byte("sha256 "))
	h.Write([]byte("this string"))
	fmt.Printf("%x\n", h.Sum(nil))
}
