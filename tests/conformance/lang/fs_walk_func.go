// A static-site builder's first pass with the older filepath.Walk: collect the Markdown pages,
// skip the drafts directory, count the assets by extension, and stop early with an error of
// our own.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var errTooMany = errors.New("too many pages")

func main() {
	var pages []string
	assets := map[string]int{}
	err := filepath.Walk("site", func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			if info.Name() == "drafts" {
				fmt.Println("skipping", path)
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel("site", path)
		if filepath.Ext(path) == ".md" {
			pages = append(pages, strings.TrimSuffix(rel, ".md")+".html")
			return nil
		}
		assets[filepath.Ext(path)] += int(info.Size())
		return nil
	})
	fmt.Println(pages, err)
	fmt.Println(assets[".png"], assets[".css"])

	n := 0
	err = filepath.Walk("site", func(path string, info os.FileInfo, err error) error {
		if !info.IsDir() {
			n++
			if n == 2 {
				return errTooMany
			}
		}
		return nil
	})
	fmt.Println(n, err, errors.Is(err, errTooMany))

	d, _ := os.Open("site/posts")
	infos, err := d.Readdir(-1)
	d.Close()
	// Readdir's order is the file system's (Linux's getdents64): sort before printing.
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular())
	}
	fmt.Println(err)
	matches, _ := filepath.Glob("site/*/*.md")
	fmt.Println(matches)
}
