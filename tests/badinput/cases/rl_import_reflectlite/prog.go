package main

import (
	"fmt"
	"internal/reflectlite"
)

func main() { fmt.Println(reflectlite.TypeOf(1)) }
