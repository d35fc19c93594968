// String functions: the strings package's everyday helpers.
package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  lots  of   space "))
	p("TrimSpace: ", s.TrimSpace("\t padded \n"))
	p("Title:     ", s.Title("hello world"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	p(b.String())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))
}
