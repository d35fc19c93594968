package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
	fmt.Println(name, "returned normally")
}

func helper() interface{} { return recover() }

func nested() (out string) {
	defer func() {
		r := helper()
		out = fmt.Sprint("helper got ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			out = "direct"
			panic(fmt.Sprint("again: ", r))
		}
	}()
	panic("first")
}

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("bad thing")) })
	try("none", func() {})
	try("deep", func() {
		var f func(int)
		f = func(n int) {
			if n == 0 {
				panic("bottom")
			}
			defer fmt.Println("unwinding", n)
			f(n - 1)
		}
		f(3)
	})
	fmt.Println(recover())
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		fmt.Println(nested())
	}()
	fmt.Println("end of main")
}
