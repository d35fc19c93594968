package main

import (
	"errors"
	"fmt"
)

var ErrConfig = errors.New("config: missing key \"port\"")

func load() error { return ErrConfig }

func main() {
	fmt.Println("loading")
	if err := load(); err != nil {
		panic(err)
	}
}
