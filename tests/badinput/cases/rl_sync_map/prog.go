package main

import (
	"fmt"
	"sync"
)

func main() {
	var p sync.Pool
	var m sync.Map
	m.Store("k", p.Get())
	fmt.Println(m.Load("k"))
}
