// Numbers from stdin, one per line: strconv.Atoi, a running sum, bad lines reported on stderr.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sum, lineNo := 0, 0
	for sc.Scan() {
		lineNo++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		n, err := strconv.Atoi(text)
		if err != nil {
			fmt.Fprintf(os.Stderr, "line %d: %v\n", lineNo, err)
			continue
		}
		sum += n
		fmt.Printf("%3d  %6d\n", n, sum)
	}
	fmt.Println("sum:", sum)
	if sum != 100 {
		os.Exit(3)
	}
}
