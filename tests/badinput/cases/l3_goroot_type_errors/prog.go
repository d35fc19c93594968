package main

import (
	"fmt"
	"os/exec"
)

func main() {
	out, err := exec.Command("date").Output()
	fmt.Println(string(out), err)
}
