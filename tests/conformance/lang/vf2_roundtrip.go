// A file round trip: os.WriteFile, os.ReadFile, os.Create with WriteString, and ReadFile again.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := os.WriteFile("notes.txt", []byte("first line\nsecond line\n"), 0644); err != nil {
		fmt.Println("write:", err)
		return
	}
	data, err := os.ReadFile("notes.txt")
	fmt.Printf("%q %v %d\n", data, err, len(data))

	f, err := os.Create("out.txt")
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	n, err := f.WriteString("hello, ")
	fmt.Println(n, err)
	n, err = f.Write([]byte("files\n"))
	fmt.Println(n, err, f.Name())
	fmt.Println(f.Close())
	back, _ := os.ReadFile("out.txt")
	fmt.Print(string(back))

	// Create truncates an existing file.
	f, _ = os.Create("notes.txt")
	f.Close()
	data, err = os.ReadFile("notes.txt")
	fmt.Println(len(data), err, data == nil)
}
