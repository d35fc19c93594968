// Parsing integers in other bases, booleans and floats with strconv.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("1010", 2, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	for _, s := range []string{"3.14159", "1e10", "-0.5", "inf", "NaN", "1e400", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
}
