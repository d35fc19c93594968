// Digests from Go's source: crypto/sha256 (Sum256, Sum224, New in pieces), sha1, md5, sha512,
// run through their generic Go block functions where Go on amd64 uses assembly.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%x\n", sha256.Sum256(data))
	fmt.Printf("%x\n", sha256.Sum224(data))
	fmt.Printf("%x\n", sha1.Sum(data))
	fmt.Printf("%x\n", md5.Sum(data))
	fmt.Printf("%x\n", sha512.Sum512(data))
	h := sha256.New()
	for i := 0; i < 5; i++ {
		h.Write([]byte(strings.Repeat("ab", 50*i)))
	}
	sum := h.Sum(nil)
	fmt.Println(hex.EncodeToString(sum), len(sum), h.Size(), h.BlockSize())
	long := []byte(strings.Repeat("x", 1000))
	fmt.Printf("%x\n", sha256.Sum256(long))
	fmt.Printf("%x\n", sha1.Sum(long))
	fmt.Printf("%x\n", md5.Sum(nil))
}
