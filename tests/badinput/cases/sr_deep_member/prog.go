package main

import (
	"fmt"
	"io/ioutil"
)

func main() {
	fmt.Println(ioutil.Discard != nil)
}
