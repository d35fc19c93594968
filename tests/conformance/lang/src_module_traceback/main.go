// A directory program whose local package panics (part lang19): Go's traceback (built with
// -trimpath, as the corpus is) names each file of the module by its import path,
// example.com/m/lib/lib.go and example.com/m/main.go.
package main

import (
	"fmt"

	"example.com/m/lib"
)

func main() {
	fmt.Println("start")
	lib.Run(func() {
		fmt.Println(lib.At([]int{1, 2}, 5))
	})
}
