package main

import (
	"fmt"
	"os"
)

func main() {
	err := os.Rename("old.txt", "new.txt")
	fmt.Println(err)
}
