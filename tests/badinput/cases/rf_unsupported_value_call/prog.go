package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan string, 1)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf("bob"))
	fmt.Println(<-ch)
}
