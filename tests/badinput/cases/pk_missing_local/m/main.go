package main

import "example.com/m/nope"

func main() { nope.F() }
