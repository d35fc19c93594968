package main

var x = 1 << 1000

func main() {}
