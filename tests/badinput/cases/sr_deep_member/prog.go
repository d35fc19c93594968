package main

import (
	"fmt"
	"os/user"
)

func main() {
	u, err := user.Current()
	fmt.Println(u, err)
}
