// fmt.Fprint, Fprintf and Fprintln to os.Stdout and os.Stderr, and what they return.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5, true)
	fmt.Fprintln(os.Stderr, "to stderr", []int{1, 2})
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 42)
	fmt.Println("Fprintf wrote", n, "bytes, err", err)
	n, err = fmt.Fprint(os.Stderr, "no newline", 3, 4, "\n")
	fmt.Println("Fprint wrote", n, "bytes, err", err)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(os.Stderr, "warning %d\n", i)
		fmt.Fprintf(os.Stdout, "line %d\n", i)
	}
	w := os.Stdout
	fmt.Fprintln(w, "through a variable:", w.Name())
}
