// Defer: deferred calls run at return in last-in first-out order, with arguments evaluated early.
package main

import "fmt"

type file struct{ name string }

func createFile(p string) *file {
	fmt.Println("creating")
	return &file{p}
}

func writeFile(f *file) { fmt.Println("writing") }
func closeFile(f *file) { fmt.Println("closing", f.name) }

func counter() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func main() {
	f := createFile("/tmp/defer.txt")
	defer closeFile(f)
	writeFile(f)
	fmt.Println("counting")
	for i := 0; i < 4; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done", counter())
}
