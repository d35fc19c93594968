// A heartbeat from time.Tick in a select loop next to a deadline that has not come yet.
package main

import (
	"fmt"
	"time"
)

func main() {
	beat := time.Tick(5 * time.Millisecond)
	deadline := time.After(time.Hour)
	beats := 0
	for beats < 3 {
		select {
		case <-beat:
			beats++
			fmt.Println("beat", beats)
		case <-deadline:
			fmt.Println("deadline")
			return
		}
	}
	select {
	case <-time.Tick(time.Hour):
		fmt.Println("hour tick?")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout before the slow ticker")
	}
	fmt.Println("nil tick:", time.Tick(0) == nil, time.Tick(-time.Second) == nil)
}
