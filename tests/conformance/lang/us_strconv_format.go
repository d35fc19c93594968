// Formatting numbers with strconv: bases, floats in every format, and appending to a buffer.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, f := range []float64{3.14159265, 1e21, 0.000001234, 100} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, false)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatBool(true), strconv.IntSize)
}
