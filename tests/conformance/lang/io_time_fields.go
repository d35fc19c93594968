// Year, Month, Day, Hour, Minute, Second, Nanosecond, Weekday, YearDay; Month and Weekday names.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1600, 3, 1, 1, 2, 3, 4, time.UTC),
		time.Date(2100, 2, 28, 12, 0, 0, 0, time.UTC),
	} {
		fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
			t.Weekday(), t.YearDay())
	}
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m.String()[:3], " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Month(0), time.Weekday(7), time.Weekday(-1))
	fmt.Printf("%v %d %s\n", time.May, time.May, time.Friday)
}
