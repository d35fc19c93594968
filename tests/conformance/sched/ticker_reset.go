// Ticker.Reset changes the period; a slow receiver misses ticks (C holds one).
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(100 * time.Millisecond)
	defer tk.Stop()
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	fmt.Println("first tick after Reset")
	time.Sleep(55 * time.Millisecond) // five ticks pass; only one waits in C
	<-tk.C
	fmt.Println("one buffered tick")
	select {
	case <-tk.C:
		fmt.Println("another tick already?")
	default:
		fmt.Println("the rest were dropped")
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(-time.Second)
	}()
}
