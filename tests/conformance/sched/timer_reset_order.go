// Several timers on one P: resets move them earlier and later; they fire by deadline.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.NewTimer(30 * time.Millisecond)
	b := time.NewTimer(10 * time.Millisecond)
	c := time.NewTimer(20 * time.Millisecond)
	b.Reset(40 * time.Millisecond) // later
	c.Reset(5 * time.Millisecond)  // earlier
	for i := 0; i < 3; i++ {
		select {
		case <-a.C:
			fmt.Println("a")
		case <-b.C:
			fmt.Println("b")
		case <-c.C:
			fmt.Println("c")
		}
	}
	d := time.NewTimer(10 * time.Millisecond)
	d.Stop()
	select {
	case <-d.C:
		fmt.Println("d fired?")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("d stayed stopped")
	}
}
