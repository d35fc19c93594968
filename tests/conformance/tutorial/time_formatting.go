// Time formatting and parsing: layouts by example, RFC3339, custom layouts, parse errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	t := time.Date(2014, 4, 15, 18, 0, 15, 123456000, time.UTC)
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2, e)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	d, err := time.ParseDuration("1h15m30.5s")
	p(d, err, d.Minutes())
}
