// Number parsing: strconv's ParseFloat, ParseInt with bases, ParseUint, Atoi and their errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.Quote("hi\n"))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
}
