// os.ReadDir lists a directory sorted by name; DirEntry's Name, IsDir, Type and Info.
package main

import (
	"fmt"
	"os"
)

func list(dir string, indent string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		fmt.Println(indent+"error:", err)
		return
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			fmt.Println(indent+"info:", err)
			continue
		}
		fmt.Printf("%s%s dir=%v type=%v size=%d mode=%v\n", indent, e.Name(), e.IsDir(), e.Type(), info.Size(), info.Mode())
		if e.IsDir() {
			list(dir+"/"+e.Name(), indent+"  ")
		}
	}
}

func main() {
	list(".", "")
	_, err := os.ReadDir("missing")
	fmt.Println(err)
	_, err = os.ReadDir("a.txt")
	fmt.Println(err)
}
