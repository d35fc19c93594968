// time as tutorials use it: UnixMilli/UnixMicro both ways, AddDate's normalisation, Date and
// Clock, Location (UTC), ParseDuration with its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, 4, 5, 6, 7, 8, 9123456, time.UTC)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.UnixMilli(t.UnixMilli()).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC().Format(time.RFC3339Nano))
	fmt.Println(t.AddDate(0, 1, 0).Format("2006-01-02"), t.AddDate(1, -4, 26).Format("2006-01-02"))
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("Jan 2"), jan31.AddDate(0, 0, -31).Weekday())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)
	fmt.Println(t.Location(), t.Location().String())
	fmt.Printf("%v %s\n", t.Location(), time.UTC)
	for _, in := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1µs", "0", "+5s", ".5m", "1.s",
		"", "3", "1x", "-", "9999999999h", "1.0000000001h", "x1s", "1d"} {
		dur, err := time.ParseDuration(in)
		fmt.Printf("%q: %v %d %v\n", in, dur, dur, err)
	}
}
