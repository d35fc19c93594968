package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(strconv.Itoa(i * 7))
	}
	up := strings.ToUpper(b.String())
	n, err := strconv.Atoi("x" + up)
	fmt.Println(up, n, errors.Unwrap(err) != nil)
}
