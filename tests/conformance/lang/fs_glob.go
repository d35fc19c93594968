// path/filepath's lexical helpers and Glob over the files of the working directory.
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	for _, pattern := range []string{"*.txt", "data/*.csv", "*/*", "logs/2026-0[2-9].log", "nothing*", "[", "data/?.*"} {
		m, err := filepath.Glob(pattern)
		fmt.Printf("Glob(%q) = %q %v\n", pattern, m, err)
	}
	ok, err := filepath.Match("*.go", "main.go")
	fmt.Println(ok, err)
	ok, err = filepath.Match("a/*/c", "a/b/c")
	fmt.Println(ok, err)
	ok, err = filepath.Match("[a-", "a")
	fmt.Println(ok, err)

	p := filepath.Join("home", "gopher", "..", "work", "./src", "main.go")
	fmt.Println(p, filepath.Base(p), filepath.Dir(p), filepath.Ext(p))
	dir, file := filepath.Split("/usr/local/bin/go")
	fmt.Printf("%q %q\n", dir, file)
	fmt.Println(filepath.Clean("a//b/./c/../d/"), filepath.Clean(""), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Printf("%q\n", filepath.SplitList("/bin:/usr/bin::/opt/bin"))
	fmt.Printf("%q\n", filepath.VolumeName("/x/y"))
	for _, t := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "/b"}, {"data", "data"}} {
		r, err := filepath.Rel(t[0], t[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", t[0], t[1], r, err)
	}
	abs, err := filepath.Abs("data/x.csv")
	fmt.Println(filepath.Base(abs), filepath.IsAbs(abs), err)
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.HasPrefix("/a/b", "/a"))
}
