// hash/crc32 (IEEE, Castagnoli, the streaming hash) and encoding/hex from Go's source: crc32 runs
// its generic Go code (crc32_otherarch.go, slicing-by-8) where Go on amd64 uses SSE4.2/CLMUL.
package main

import (
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println(crc32.ChecksumIEEE(data))
	fmt.Println(crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Println(crc32.ChecksumIEEE([]byte(strings.Repeat("gosim", 200))))
	c := crc32.NewIEEE()
	c.Write([]byte("hello "))
	c.Write([]byte("world"))
	fmt.Println(c.Sum32(), crc32.ChecksumIEEE([]byte("hello world")), hex.EncodeToString(c.Sum(nil)))
	fmt.Println(crc32.Update(0, crc32.IEEETable, []byte("abc")), crc32.Update(0, crc32.IEEETable, []byte("")))
	fmt.Println(hex.EncodeToString(data[:9]))
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("gosim hashes\x00\x01 and more bytes")))
}
