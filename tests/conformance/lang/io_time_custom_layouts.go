// Hand-written layouts: every element of Go's layout language.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 3, 40050000, time.UTC)
	morning := time.Date(2023, time.July, 9, 0, 30, 0, 0, time.UTC)
	layouts := []string{
		"2006-01-02",
		"02/01/06 15:04",
		"Jan 2, 2006 at 3:04pm (MST)",
		"Monday, January 2 2006",
		"Mon Jan _2 03:04:05 PM",
		"day 002 of 2006, __2",
		"15:04:05.000",
		"15:04:05.999",
		"15:04:05,000000",
		"15:04:05.9",
		"-07:00 -0700 -07 Z07:00 Z0700 Z07 -07:00:00 Z07:00:00",
		"_2006 1 01 _2 2 02",
		"Month Mon Monday Jan January",
		"no layout here",
		"3PM 3pm 03",
	}
	for _, l := range layouts {
		fmt.Printf("%-55q %q\n", l, t.Format(l))
		fmt.Printf("%-55s %q\n", "", morning.Format(l))
	}
}
