package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var n int32
	atomic.AddInt64(&n, 1)
	fmt.Println(n)
}
