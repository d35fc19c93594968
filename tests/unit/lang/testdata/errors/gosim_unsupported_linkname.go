package main

import (
	"fmt"
	"hash/maphash"
)

func main() { fmt.Println(maphash.MakeSeed() == maphash.MakeSeed()) }
