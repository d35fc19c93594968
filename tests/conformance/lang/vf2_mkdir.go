// Directories: Mkdir, MkdirAll, files inside them, Remove of a non-empty directory and of a file.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Mkdir("data", 0755))
	fmt.Println(os.Mkdir("data", 0755))
	fmt.Println(os.MkdirAll("data/a/b/c", 0755))
	fmt.Println(os.MkdirAll("data/a/b/c", 0755))
	fmt.Println(os.WriteFile("data/a/b/c/leaf.txt", []byte("leaf"), 0644))
	fmt.Println(os.MkdirAll("data/a/b/c/leaf.txt/more", 0755))
	fmt.Println(os.Mkdir("nowhere/x", 0755))
	fmt.Println(os.Remove("data/a"))
	fmt.Println(os.Remove("data/a/b/c/leaf.txt"))
	fmt.Println(os.Remove("data/a/b/c"))
	entries, err := os.ReadDir("data/a/b")
	fmt.Println(len(entries), err)
	fi, _ := os.Stat("data/a")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode())
	_, err = os.ReadFile("data")
	fmt.Println(err)
	_, err = os.Create("data")
	fmt.Println(err)
}
