// os's file types are io/fs's: os.FileInfo is fs.FileInfo, os.FileMode is fs.FileMode,
// os.DirEntry is fs.DirEntry and os.PathError is fs.PathError, so values move between them
// freely; os.SameFile and FileMode's String and bits come from the same source as Go's.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func describe(fi fs.FileInfo) string {
	size := fmt.Sprint(fi.Size())
	if fi.IsDir() {
		size = "(a directory's: depends on the file system)"
	}
	return fmt.Sprintf("%s size=%s dir=%v mode=%v perm=%o", fi.Name(), size, fi.IsDir(), fi.Mode(), fi.Mode().Perm())
}

func main() {
	var info os.FileInfo
	info, err := os.Stat("five.txt")
	fmt.Println(describe(info), err)
	var fsinfo fs.FileInfo = info
	fmt.Println(fsinfo.Name() == info.Name())

	var m os.FileMode = fs.ModeDir | 0750
	var fm fs.FileMode = m
	fmt.Println(m, fm.String(), fm.IsDir(), fm.Type() == os.ModeDir, os.ModePerm, os.ModeSymlink|0644)

	d, _ := os.Stat("dir")
	fmt.Println(describe(d), d.Mode().IsDir(), d.Mode()&os.ModeType == fs.ModeDir)

	entries, _ := os.ReadDir(".")
	var des []fs.DirEntry = entries
	for _, e := range des {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}

	_, err = os.Open("nope.txt")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	var fpe *fs.PathError = pe
	fmt.Printf("%T %v %v\n", fpe, errors.Is(err, os.ErrNotExist), os.ErrNotExist == fs.ErrNotExist)

	a, _ := os.Stat("five.txt")
	b, _ := os.Lstat("./five.txt")
	c, _ := os.Stat("dir")
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c))

	f, _ := os.Open("five.txt")
	fst, _ := f.Stat()
	fmt.Println(os.SameFile(a, fst), fst.ModTime().Equal(a.ModTime()))
	f.Close()
	fmt.Println(os.Chmod("five.txt", 0600))
	a, _ = os.Stat("five.txt")
	fmt.Println(a.Mode())
	fmt.Println(os.Chmod("gone.txt", 0600))
}
