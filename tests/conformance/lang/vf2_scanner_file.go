// bufio.Scanner over a file of the tree: lines, then words, counted as a tutorial does.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	f, err := os.Open("poem.txt")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	counts := map[string]int{}
	for sc.Scan() {
		line++
		fmt.Printf("%d: %q\n", line, sc.Text())
		for _, w := range strings.Fields(sc.Text()) {
			counts[w]++
		}
	}
	fmt.Println("err:", sc.Err())
	fmt.Println("the:", counts["the"], "words:", len(counts))

	g, _ := os.Open("poem.txt")
	ws := bufio.NewScanner(g)
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words in all:", n, g.Close())
}
