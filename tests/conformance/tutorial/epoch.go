// Epoch: seconds, milliseconds and nanoseconds since the Unix epoch, and back.
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Date(2021, 4, 5, 6, 7, 8, 9000000, time.UTC)
	fmt.Println(now)
	fmt.Println(now.Unix())
	fmt.Println(now.UnixMilli())
	fmt.Println(now.UnixNano())
	fmt.Println(time.Unix(now.Unix(), 0).UTC())
	fmt.Println(time.Unix(0, now.UnixNano()).UTC())
	fmt.Println(time.UnixMilli(1_000_000_000_000).UTC())
}
