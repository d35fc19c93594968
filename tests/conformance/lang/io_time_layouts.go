// (time.Time).Format with the layout constants of package time, on fixed UTC dates.
package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 7, 5, 9, 123456789, time.UTC),
		time.Date(1999, time.December, 31, 12, 0, 0, 500000000, time.UTC),
		time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC),
	}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano}
	for _, d := range dates {
		for _, l := range layouts {
			fmt.Println(d.Format(l))
		}
		fmt.Println()
	}
}
