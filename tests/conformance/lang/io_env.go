// os.Getenv, LookupEnv, Setenv, Unsetenv on variables the program sets itself.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GOSIM_TEST_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("GOSIM_TEST_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("GOSIM_TEST_GREETING", "hello"))
	fmt.Println(os.Getenv("GOSIM_TEST_GREETING"))
	os.Setenv("GOSIM_TEST_GREETING", "bonjour")
	v, ok = os.LookupEnv("GOSIM_TEST_GREETING")
	fmt.Println(v, ok)
	os.Setenv("GOSIM_TEST_EMPTY", "")
	v, ok = os.LookupEnv("GOSIM_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("GOSIM_TEST_GREETING"))
	v, ok = os.LookupEnv("GOSIM_TEST_GREETING")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("BAD=NAME", "x"))
	fmt.Println(os.Setenv("", "x"))
	count := 0
	for _, kv := range os.Environ() {
		if len(kv) > 10 && kv[:10] == "GOSIM_TEST" {
			count++
			fmt.Println(kv)
		}
	}
	fmt.Println(count)
}
