// time.Parse's errors are *time.ParseError values (part lang19): errors.As finds one, its
// fields are Go's, and %T names it.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "20x3-01-01"},
		{"2006-01-02", "2023-01-01 extra"},
		{"Jan 2 2006", "Feb 30 2023"},
		{time.RFC3339, "2023-01-01T10:00:00"},
		{"15:04", "25:00"},
		{"2006-01-02", "2023-02-03"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err == nil {
			fmt.Println("ok:", t)
			continue
		}
		fmt.Printf("%T: %v\n", err, err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n",
				pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
	pe := &time.ParseError{Layout: "L", Value: "V", LayoutElem: "le", ValueElem: "ve"}
	fmt.Println(pe.Error())
	pe.Message = ": custom"
	var err error = pe
	fmt.Println(err)
	var tm time.Time
	err = tm.UnmarshalText([]byte("not a time"))
	fmt.Printf("%T %v\n", err, err)
}
