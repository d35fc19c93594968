package main

import (
	f "fmt"
	"os"
	"sync"
)

func main() {
	var mu sync.Mutex
	func() {
		y := 1
		z := 2
		_ = z
	}()
	for i := 0; i < 3; i++ {
		k := i
	}
	if a := 1; true {
	} else {
		b := 2
	}
	_ = mu
}
