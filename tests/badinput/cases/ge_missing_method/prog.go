package main

import "fmt"

func Show[T fmt.Stringer](x T) string { return x.String() }

func main() {
	_ = Show(3)
}
