package main

var x = 1.0 << 2.5

func main() {}
