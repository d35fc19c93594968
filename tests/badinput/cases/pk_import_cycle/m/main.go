package main

import (
	"example.com/m/a"
	"fmt"
)

func main() { fmt.Println(a.X) }
