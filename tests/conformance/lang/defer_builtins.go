// defer and go of the builtins panic, print, println and copy (part lang19): Go wraps each in a
// closure whose captured values are the operands, evaluated at the statement. The deferred panic
// runs last in main and its wrapper (main.main.func4) shows in the traceback.
package main

import "fmt"

func f() {
	defer fmt.Println("f deferred")
	defer panic("boom")
	fmt.Println("in f")
}

func g() (n int) {
	dst := make([]int, 3)
	src := []int{7, 8, 9, 10}
	defer func() { fmt.Println("after copy:", dst) }()
	defer copy(dst, src)
	defer println("g deferred", 42, true, "x", 1.5, 'r', uint8(7))
	src[0] = 70
	x := 5
	defer print("x was ", x, "\n")
	x = 6
	return 1
}

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()
	g()
	var e error
	defer println("main deferred", e == nil)
	done := make(chan bool)
	go println("from goroutine")
	go func() { done <- true }()
	<-done
	for i := 0; i < 2; i++ {
		defer println("loop", i)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic(E{7})
	}()
	defer panic(fmt.Sprintf("last %d", 3))
}
