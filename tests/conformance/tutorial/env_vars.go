// Environment variables: set one, read it back, and an unset one.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("GOSIM_TUTORIAL_UNSET"))
	_, ok := os.LookupEnv("GOSIM_TUTORIAL_UNSET")
	fmt.Println(ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "FOO" {
			found = true
		}
	}
	fmt.Println("FOO in Environ:", found)
	os.Unsetenv("FOO")
	fmt.Printf("%q\n", os.Getenv("FOO"))
}
