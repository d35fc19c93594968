// The errors a file call gets: writing a file opened for reading, reading one opened for writing,
// opening a directory for writing, reading a directory, O_EXCL on an existing file.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	os.WriteFile("a.txt", []byte("abc"), 0644)
	os.Mkdir("d", 0755)
	r, _ := os.Open("a.txt")
	_, err := r.Write([]byte("x"))
	fmt.Println(err)
	w, _ := os.OpenFile("a.txt", os.O_WRONLY, 0)
	_, err = w.Read(make([]byte, 3))
	fmt.Println(err)
	_, err = os.OpenFile("d", os.O_WRONLY, 0)
	fmt.Println(err)
	dir, err := os.Open("d")
	fmt.Println(err)
	_, err = dir.Read(make([]byte, 3))
	fmt.Println(err)
	_, err = os.ReadFile("d")
	fmt.Println(err)
	_, err = os.OpenFile("a.txt", os.O_CREATE|os.O_EXCL|os.O_RDWR, 0644)
	fmt.Println(err, errors.Is(err, fs.ErrExist), errors.Is(err, fs.ErrNotExist))
	_, err = os.Open("a.txt/inside")
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	r.Close()
	err = r.Close()
	fmt.Println(err, errors.Is(err, fs.ErrClosed), errors.Is(err, os.ErrClosed))
}
