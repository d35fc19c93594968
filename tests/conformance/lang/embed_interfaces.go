package main

import (
	"errors"
	"fmt"
)

// Embedded interfaces in interfaces and in structs; method sets through embedding.

type Reader interface{ Read() (string, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type lines struct {
	data   []string
	closed bool
}

func (l *lines) Read() (string, error) {
	if l.closed {
		return "", errors.New("read after close")
	}
	if len(l.data) == 0 {
		return "", errors.New("EOF")
	}
	s := l.data[0]
	l.data = l.data[1:]
	return s, nil
}

func (l *lines) Close() error {
	l.closed = true
	return nil
}

// counting embeds the interface: it forwards Read and Close, and overrides Read.
type counting struct {
	ReadCloser
	n int
}

func (c *counting) Read() (string, error) {
	s, err := c.ReadCloser.Read()
	if err == nil {
		c.n++
	}
	return s, err
}

type upper struct {
	Reader
}

func drain(r Reader) {
	for {
		s, err := r.Read()
		if err != nil {
			fmt.Println("stop:", err)
			return
		}
		fmt.Println("got", s)
	}
}

type Stringer interface{ String() string }
type Err struct{ msg string }

func (e Err) Error() string  { return "err: " + e.msg }
func (e Err) String() string { return "str: " + e.msg }

type Wrapped struct {
	Err
	code int
}

func main() {
	c := &counting{ReadCloser: &lines{data: []string{"a", "b", "c"}}}
	drain(c)
	fmt.Println("count", c.n)
	var rc ReadCloser = c
	fmt.Println(rc.Close())
	_, err := rc.Read()
	fmt.Println(err)
	u := upper{&lines{data: []string{"x"}}}
	drain(u)
	var e error = Wrapped{Err{"disk"}, 5}
	fmt.Println(e)
	fmt.Println(Wrapped{Err{"net"}, 7})
	var s Stringer = Wrapped{Err{"s"}, 1}
	fmt.Println(s.String())
	if w, ok := e.(Wrapped); ok {
		fmt.Println(w.code, w.msg)
	}
	var nilUpper upper
	defer func() { fmt.Println("recovered:", recover()) }()
	drain(nilUpper)
}
