// Line filters: read lines, transform them, write them out. The input is a fixed text so the
// output does not depend on what is piped in.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `hello
filter
lines`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		fmt.Println(ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 3)
	w.Flush()
}
