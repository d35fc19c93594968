// Time: building a time, its fields, comparing, durations, adding and subtracting.
package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year())
	p(then.Month())
	p(then.Day())
	p(then.Hour())
	p(then.Minute())
	p(then.Second())
	p(then.Nanosecond())
	p(then.Location())
	p(then.Weekday())
	now := time.Date(2023, 6, 1, 9, 30, 0, 0, time.UTC)
	p(then.Before(now))
	p(then.After(now))
	p(then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours())
	p(diff.Minutes())
	p(diff.Seconds())
	p(diff.Nanoseconds())
	p(then.Add(diff))
	p(then.Add(-diff))
	p(then.AddDate(0, 1, 15).Format("2006-01-02"))
	p(then.YearDay(), then.Truncate(time.Hour))
}
