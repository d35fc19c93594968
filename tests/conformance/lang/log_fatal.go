// log_fatal: log.Fatalf writes its message to stderr and exits with status 1; deferred calls
// do not run (os.Exit).
package main

import (
	"errors"
	"fmt"
	"log"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return n, nil
}

func main() {
	defer fmt.Println("deferred: never printed")
	log.SetFlags(0)
	log.SetPrefix("calc: ")
	for _, s := range []string{"12", "7", "x1"} {
		n, err := parse(s)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("is NumError:", errors.As(err, &ne))
			log.Fatalf("bad input: %v", err)
		}
		fmt.Println("ok", n)
	}
	fmt.Println("not reached")
}
