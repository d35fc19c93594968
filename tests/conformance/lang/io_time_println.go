// Printing a time.Time: Println, %v and %s call its String method; so do Month and Weekday.
package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	When time.Time
	Day  time.Weekday
}

func main() {
	t := time.Date(2015, time.August, 6, 9, 30, 15, 120000000, time.UTC)
	fmt.Println(t)
	fmt.Printf("%v|%s\n", t, t)
	fmt.Println(t.String() == t.Format("2006-01-02 15:04:05.999999999 -0700 MST"))
	e := event{"launch", t, t.Weekday()}
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)
	fmt.Println(t.Month(), t.Weekday())
	fmt.Println([]time.Month{time.March, time.April})
	fmt.Println(time.Sunday + 3)
}
