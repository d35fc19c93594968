package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	t.C <- time.Now()
	fmt.Println(t.Stop())
}
