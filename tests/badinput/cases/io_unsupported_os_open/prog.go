package main

import (
	"fmt"
	"os"
)

func main() {
	err := os.Symlink("old.txt", "new.txt")
	fmt.Println(err)
}
