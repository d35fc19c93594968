// Closing a standard stream: later writes and a second Close fail with Go's messages.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "before close")
	err := os.Stderr.Close()
	fmt.Println("close:", err)
	n, err := fmt.Fprintln(os.Stderr, "after close")
	fmt.Println(n, err)
	_, err = os.Stderr.WriteString("again")
	fmt.Println(err)
	fmt.Println("second close:", os.Stderr.Close())
}
