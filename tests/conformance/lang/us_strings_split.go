// Parsing "key=value" pairs from a comma-separated string with strings.Split and strings.Cut.
package main

import (
	"fmt"
	"strings"
)

func main() {
	config := "name=gopher,age=13,lang=go,empty="
	for _, pair := range strings.Split(config, ",") {
		k, v, ok := strings.Cut(pair, "=")
		fmt.Printf("%s -> %q (%v)\n", k, v, ok)
	}
	fmt.Printf("%q\n", strings.SplitN("a/b/c/d", "/", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
}
