// Timers: one event in the future; a timer can be stopped before it fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(100 * time.Millisecond)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(200 * time.Millisecond)
	t3 := time.AfterFunc(10*time.Millisecond, func() { fmt.Println("AfterFunc ran") })
	time.Sleep(50 * time.Millisecond)
	fmt.Println(t3.Stop())
}
