// The environment: Getenv, LookupEnv (set, empty, unset), Setenv, Unsetenv.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GREETING"))
	fmt.Printf("%q\n", os.Getenv("HOME"))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("NOT_SET_ANYWHERE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("COLOR", "blue"))
	fmt.Println(os.Getenv("COLOR"))
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Unsetenv("GREETING"))
	v, ok = os.LookupEnv("GREETING")
	fmt.Printf("%q %v\n", v, ok)
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	fmt.Println("listening on :" + port)
}
