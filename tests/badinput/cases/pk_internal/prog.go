package main

import (
	"fmt"
	"internal/bytealg"
)

func main() { fmt.Println(bytealg.MaxLen) }
