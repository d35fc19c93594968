// Line filters over standard input: count the lines read (stdin is empty in the corpus run).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	n := 0
	for scanner.Scan() {
		n++
	}
	fmt.Println("lines:", n, scanner.Err())
}
