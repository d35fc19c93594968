// A deferred close of a channel that is already closed, run while a panic unwinds: Go prints both
// panics, and its traceback shows no frame for the closure it wraps `defer close(ch)` in.
package main

import "fmt"

func f(ch chan int) {
	defer close(ch)
	defer fmt.Println("deferred print")
	panic("boom")
}

func main() {
	ch := make(chan int)
	close(ch)
	f(ch)
}
