// A ticker loop that stops itself after five ticks; a stopped ticker sends nothing more.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		fmt.Println("tick", n)
		if n == 5 {
			tk.Stop()
			break
		}
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop?")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
}
