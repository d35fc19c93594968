// log_panic: log.Panicf logs the message, then panics with it: recovered once (the value is the
// message string), then unrecovered (Go's panic message and traceback, exit 2).
package main

import (
	"fmt"
	"log"
	"os"
)

func check(n int) {
	if n > 2 {
		log.Panicf("n too large: %d", n)
	}
	fmt.Println("n ok:", n)
}

func safe(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("recovered %T: %v\n", r, r)
		}
	}()
	check(n)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	safe(1)
	safe(5)
	log.SetOutput(os.Stderr)
	check(7)
}
