package main

import (
	"errors"
	"fmt"
)

func main() { fmt.Println(errors.Join(errors.New("a"), errors.New("b"))) }
