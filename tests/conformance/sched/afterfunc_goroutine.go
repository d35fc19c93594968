// An AfterFunc function is a goroutine of its own: it may block while main goes on.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	ch := make(chan string)
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	time.AfterFunc(5*time.Millisecond, func() {
		ch <- "hello from the timer's goroutine"
		ch <- "second message"
	})
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines while it blocks:", runtime.NumGoroutine())
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
