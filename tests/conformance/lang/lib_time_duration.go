package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond,
		time.Millisecond, 1500 * time.Millisecond, time.Second, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second, 100 * time.Hour, -2 * time.Second,
		2*time.Second + 300*time.Millisecond + 4*time.Microsecond}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 2 * time.Second
	fmt.Printf("%v %d %T %s\n", d, d, d, d)
	fmt.Println(time.Duration(3) * time.Millisecond)
	fmt.Println(d/time.Millisecond, d/3)
	fmt.Println(time.Minute > time.Second, time.Minute/time.Second)
	time.Sleep(time.Millisecond)
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("slept")
}
