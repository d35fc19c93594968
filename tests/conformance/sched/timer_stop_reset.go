// time.Timer: Stop reports whether the timer was still pending; Reset restarts it.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before firing:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("fired; stop:", t2.Stop())
	fmt.Println("reset after firing:", t2.Reset(2*time.Millisecond))
	<-t2.C
	fmt.Println("fired again")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset while pending:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired early")

	// The drain idiom: a timer that fired but was not received from.
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t4.Stop() {
		<-t4.C
		fmt.Println("drained t4")
	}
	t4.Reset(time.Millisecond)
	<-t4.C
	fmt.Println("t4 reused")
}
