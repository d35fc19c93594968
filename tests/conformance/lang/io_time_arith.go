// Add, Sub, Before, After, Equal, Truncate, Unix, UnixNano, time.Unix and IsZero.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2022, time.June, 30, 22, 15, 0, 0, time.UTC)
	end := start.Add(90*time.Minute + 30*time.Second)
	fmt.Println(end)
	fmt.Println(end.Sub(start), start.Sub(end))
	fmt.Println(start.Before(end), start.After(end), start.Equal(start), end.Equal(start))
	fmt.Println(end.Truncate(time.Hour))
	fmt.Println(end.Truncate(24 * time.Hour))
	fmt.Println(end.Truncate(7 * time.Minute))
	fmt.Println(end.Truncate(0) == end)
	fmt.Println(start.Unix(), start.UnixNano())
	u := time.Unix(1700000000, 123).UTC()
	fmt.Println(u, u.Weekday())
	fmt.Println(time.Unix(0, 0).UTC())
	fmt.Println(time.Unix(-1, 0).UTC())
	var zero time.Time
	fmt.Println(zero.IsZero(), start.IsZero(), zero)
	fmt.Println(zero.Year(), zero.Month(), zero.Day(), zero.Weekday())
	d := start.Add(-36 * time.Hour)
	fmt.Println(d, d.YearDay())
	days := end.Sub(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Printf("%.3f\n", days)
}
