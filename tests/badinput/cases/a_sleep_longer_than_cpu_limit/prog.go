package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		time.Sleep(3 * time.Second)
		fmt.Println("tick", i)
	}
}
