// Converting between numbers and strings with strconv.Atoi, Itoa and the error it returns.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0", "12a", "", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(n, n*2)
	}
	fmt.Println(strconv.Itoa(1234) + strconv.Itoa(-5))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
}
