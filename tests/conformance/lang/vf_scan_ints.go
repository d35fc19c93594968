// Reading a matrix from stdin with bufio.Scanner words and strconv: "N M" then N rows.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	next := func() int {
		if !sc.Scan() {
			panic("unexpected end of input")
		}
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			panic(err)
		}
		return v
	}
	rows, cols := next(), next()
	m := make([][]int, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			m[i][j] = next()
		}
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for j := 0; j < cols; j++ {
		for i := 0; i < rows; i++ {
			fmt.Fprintf(w, "%4d", m[i][j])
		}
		fmt.Fprintln(w)
	}
	next()
}
