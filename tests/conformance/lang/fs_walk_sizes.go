// filepath.WalkDir over a small project: every path in lexical order, the size of each
// file, the total per top-level directory, and fs.SkipDir to leave a directory out.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	totals := map[string]int64{}
	var files int
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		depth := strings.Count(path, string(os.PathSeparator))
		if path == "." {
			depth = -1
		}
		indent := strings.Repeat("  ", depth+1)
		if d.IsDir() {
			fmt.Printf("%s%s/\n", indent, d.Name())
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		top := strings.SplitN(path, "/", 2)[0]
		if !strings.Contains(path, "/") {
			top = "."
		}
		totals[top] += info.Size()
		fmt.Printf("%s%s (%d bytes, %v)\n", indent, d.Name(), info.Size(), info.Mode())
		return nil
	})
	fmt.Println("walk error:", err)
	fmt.Println("files:", files)
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d bytes\n", k, totals[k])
	}

	// SkipDir: do not descend into docs.
	var seen []string
	filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "docs" {
			return filepath.SkipDir
		}
		seen = append(seen, path)
		return nil
	})
	fmt.Println(strings.Join(seen, " "))

	// A missing root: the function sees the error once.
	err = filepath.WalkDir("nowhere", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return err
	})
	fmt.Println("missing root:", err)
}
