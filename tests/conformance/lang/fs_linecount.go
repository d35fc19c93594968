// A line, word and byte counter over several files, like wc: bufio.Scanner over *os.File,
// files found with filepath.Glob, a missing file reported and skipped.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type counts struct{ lines, words, bytes int }

func count(name string) (counts, error) {
	var c counts
	f, err := os.Open(name)
	if err != nil {
		return c, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		c.lines++
		c.words += len(strings.Fields(line))
		c.bytes += len(line) + 1
	}
	if fi, err := f.Stat(); err == nil {
		c.bytes = int(fi.Size())
	}
	return c, sc.Err()
}

func main() {
	names, _ := filepath.Glob("*.txt")
	more, _ := filepath.Glob(filepath.Join("notes", "*.txt"))
	names = append(names, more...)
	names = append(names, "missing.txt")
	var total counts
	for _, n := range names {
		c, err := count(n)
		if err != nil {
			fmt.Fprintln(os.Stdout, "wc:", err)
			continue
		}
		fmt.Printf("%7d %7d %7d %s\n", c.lines, c.words, c.bytes, n)
		total.lines += c.lines
		total.words += c.words
		total.bytes += c.bytes
	}
	fmt.Printf("%7d %7d %7d total\n", total.lines, total.words, total.bytes)
}
