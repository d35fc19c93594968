package main

import (
	"fmt"
	"unicode/utf8"
)

const limit = 10

type counter struct {
	name string
	n    int
}

func init() { fmt.Println("init in counter.go") }

func newCounter(name string) *counter { return &counter{name: name} }

func (c *counter) inc() {
	if c.n < limit {
		c.n++
	}
}

func (c *counter) String() string {
	return fmt.Sprintf("%s=%d (%d runes)", c.name, c.n, utf8.RuneCountInString(c.name))
}
