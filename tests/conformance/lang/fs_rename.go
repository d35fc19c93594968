// os.Rename moves files and directories; os.ReadDir shows the tree after each step; the
// errors are *os.LinkError values wrapping a syscall.Errno.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func show(dir, indent string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Println(indent+"error:", err)
		return
	}
	for _, e := range entries {
		if e.IsDir() {
			fmt.Println(indent + e.Name() + "/")
			show(dir+"/"+e.Name(), indent+"  ")
			continue
		}
		b, _ := os.ReadFile(dir + "/" + e.Name())
		fmt.Printf("%s%s %q\n", indent, e.Name(), strings.TrimSpace(string(b)))
	}
}

func main() {
	show(".", "")
	fmt.Println("--- rename a file")
	fmt.Println(os.Rename("inbox/draft.txt", "inbox/final.txt"))
	fmt.Println("--- move it into another directory")
	fmt.Println(os.Rename("inbox/final.txt", "archive/2026.txt"))
	fmt.Println("--- replace a file")
	fmt.Println(os.Rename("report.txt", "archive/2025.txt"))
	fmt.Println("--- rename a directory")
	fmt.Println(os.Rename("archive", "old"))
	show(".", "")

	err := os.Rename("missing.txt", "x.txt")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println(le.Op, le.Old, le.New, le.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	fmt.Println(os.Rename("old/2026.txt", "inbox"))
	fmt.Println(os.Rename("old", "old/inner"))
	fmt.Println(os.Rename("old/2025.txt", "nodir/x.txt"))
	_, err = os.Stat("old/2026.txt")
	fmt.Println(err == nil)
}
