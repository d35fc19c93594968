// Exit: os.Exit ends the program at once with a status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("!")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
