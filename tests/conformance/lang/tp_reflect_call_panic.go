// A panic inside a function called through reflect.Value.Call: the traceback shows
// reflect.Value.call and reflect.Value.Call between the callee and main (part template).
package main

import (
	"fmt"
	"reflect"
)

func boom(n int) int {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
	return n
}

func main() {
	f := reflect.ValueOf(boom)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(1)})[0])
	f.Call([]reflect.Value{reflect.ValueOf(3)})
}
