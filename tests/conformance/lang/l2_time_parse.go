// time.Parse with Go's layouts: RFC3339 (Z and +00:00), custom layouts, 12-hour clocks,
// fractional seconds with and without a layout element, day of year, and Go's error texts.
package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(t, "|", t.Format(time.RFC3339Nano), "|", t.Weekday(), t.YearDay())
}

func main() {
	show(time.RFC3339, "2012-11-01T22:08:41Z")
	show(time.RFC3339, "2012-11-01T22:08:41+00:00")
	show(time.RFC3339Nano, "2023-03-04T05:06:07.123456789Z")
	show("2006-01-02", "2024-02-29")
	show("2006-01-02 15:04:05", "1999-12-31 23:59:59.5")
	show("3 04 PM", "8 41 PM")
	show("3:04pm", "12:15am")
	show("Jan _2 2006", "Mar  7 2021")
	show("January 2, 2006", "JULY 4, 1976")
	show("Monday, 02-Jan-06 15:04:05 MST", "Sunday, 04-Jul-76 10:00:00 UTC")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.Kitchen, "3:04PM")
	show("2006-002", "2024-060")
	show("2006-01-02T15:04:05.000Z07:00", "2020-05-06T07:08:09.120Z")
	show("02/01/06", "31/12/68")
	show("02/01/06", "31/12/69")
	show("15:04:05,999", "10:20:30,25")
	// errors, as Go words them
	show("2006-01-02", "x")
	show("2006-01-02", "2024-13-01")
	show("2006-01-02", "2023-02-29")
	show("2006-01-02", "2024-01-02 extra")
	show(time.ANSIC, "8:41PM")
	show("15:04", "25:00")
	show("15:04:05", "10:61:00")
	show("2006-002", "2023-400")
	show("2006-002 01", "2024-060 03")
	show("3:04PM", "3:04XM")
	show(time.RFC3339, "2012-11-01T22:08:41+0000")
	show("Jan 2006", "Foo 2006")
	show("2006-01-02", "2024-\xff1-02")
	t1, _ := time.Parse("2006-01-02", "2024-03-01")
	t2, _ := time.ParseInLocation("2006-01-02", "2024-02-01", time.UTC)
	fmt.Println(t1.Sub(t2), t1.After(t2), t2.Location())
	var zero time.Time
	_, err := time.Parse("2006", "abcd")
	fmt.Println(zero.IsZero(), err)
}
