// Package-level variables: static data needs no allocation, other initializers run in
// init and store into globals (the heap).
package main

import (
	"errors"
	"fmt"
)

type Conf struct {
	Name string
	Tags []string
}

var defaultConf = Conf{Name: "d", Tags: []string{"a"}}
var confPtr = &Conf{Name: "p"}
var errNotFound = errors.New("not found")
var lookup = map[int]string{1: "one"}
var greeting = fmt.Sprint("hi ", 3)
var counter = newCounter()
var anyVal interface{} = 42
var handlers = []func() int{func() int { return 1 }}

func newCounter() *int {
	n := 0
	return &n
}

func main() {
	*counter++
	fmt.Println(defaultConf.Name, confPtr.Name, errNotFound, lookup[1], greeting, *counter, anyVal, handlers[0]())
}
