package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var p sync.Pool
	for i := 1; i <= 20; i++ {
		p.Put(i)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	runtime.GC()
	// the rest now sits in the victim cache: private first, then the chain from its tail
	for i := 0; i < 16; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	p.Put("a")
	p.Put("b")
	runtime.GC()
	runtime.GC()
	fmt.Println(p.Get())
}
