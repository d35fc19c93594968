// Panic and recover: recover in a deferred function stops a panic; a runtime error recovered.
package main

import "fmt"

func mayPanic() { panic("a problem") }

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	mayPanic()
	fmt.Println("After mayPanic()")
}
