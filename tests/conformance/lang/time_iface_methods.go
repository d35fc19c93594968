// time.Time's value methods called through interfaces (a Stringer holding a Time, an interface
// holding a *Time, a nil *Time): the library method gets the whole three-word value, and a nil
// pointer panics as Go's (*Time).Format wrapper does.
package main

import (
	"fmt"
	"time"
)

type S interface{ String() string }
type F interface{ Format(string) string }

func main() {
	t := time.Date(2020, 5, 17, 10, 30, 0, 0, time.UTC)
	var s S = t
	var f F = &t
	fmt.Println(s.String(), f.Format(time.RFC1123))
	var np *time.Time
	defer func() { fmt.Println(recover()) }()
	f = np
	f.Format("x")
}
