// A missing file: the error's text and type as Go prints them, errors.Is with fs.ErrNotExist and
// os.ErrNotExist, os.IsNotExist, and errors.As into a *fs.PathError.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	f, err := os.Open("x.txt")
	fmt.Println(f == nil, err)
	fmt.Printf("%T\n", err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	_, err = os.ReadFile("dir/none.txt")
	fmt.Println(err)
	_, err = os.Stat("nothing")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Remove("gone")
	fmt.Println(err)
	fmt.Println(errors.Is(errors.New("file does not exist"), fs.ErrNotExist))
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist))
}
