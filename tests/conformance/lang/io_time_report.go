// A tutorial-style log formatter: timestamps written to stdout and stderr through Fprintf.
package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

type entry struct {
	at    time.Time
	level string
	msg   string
}

func write(w io.Writer, e entry) {
	fmt.Fprintf(w, "%s [%-5s] %s\n", e.at.Format("2006/01/02 15:04:05.000"), e.level, e.msg)
}

func main() {
	base := time.Date(2021, time.April, 1, 8, 59, 58, 0, time.UTC)
	entries := []entry{
		{base, "INFO", "server starting"},
		{base.Add(1500 * time.Millisecond), "WARN", "slow disk"},
		{base.Add(2 * time.Second), "ERROR", "cannot open config"},
		{base.Add(time.Minute + 250*time.Millisecond), "INFO", "retry ok"},
	}
	for _, e := range entries {
		if e.level == "INFO" {
			write(os.Stdout, e)
		} else {
			write(os.Stderr, e)
		}
	}
	fmt.Println(entries[3].at.Sub(entries[0].at))
	fmt.Println(base.Format(time.Kitchen), base.Weekday(), base.Month(), base.YearDay())
}
