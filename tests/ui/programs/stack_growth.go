// A recursion deep enough to grow a goroutine's 2 KiB stack several times, with a pointer
// into the stack passed down (copystack must adjust it): the stacks panel's growth picture.
package main

import "fmt"

func dive(n int, p *int) int {
	var pad [8]int
	pad[0] = n
	x := n + *p
	if n == 0 {
		return x + pad[0]
	}
	return dive(n-1, &x) + pad[0]
}

func main() {
	base := 1
	done := make(chan int)
	go func() {
		done <- dive(60, &base)
	}()
	fmt.Println(dive(100, &base), <-done)
}
