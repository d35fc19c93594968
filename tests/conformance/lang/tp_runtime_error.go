// runtime.Error: the run-time panics a program recovers are runtime.Error values with a
// RuntimeError method; a program's own panics are not.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%-10s runtime.Error=%v error=%v: %v\n", name, isRT, isErr, r)
		if isRT {
			re.RuntimeError()
			fmt.Println("           message:", re.Error())
		}
	}()
	f()
}

type myErr struct{}

func (myErr) Error() string { return "mine" }

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:zero] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { _ = p.x })
	try("divide", func() { _ = 10 / zero })
	try("assert", func() { _ = i.(int) })
	try("own error", func() { panic(myErr{}) })
	try("errors.New", func() { panic(errors.New("plain")) })
	try("string", func() { panic("just a string") })
	var e error = myErr{}
	_, ok := e.(runtime.Error)
	fmt.Println("myErr is runtime.Error:", ok)
}
